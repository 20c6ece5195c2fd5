using Rampart.Code.Lexing.Python;
using Rampart.Code.Lexing.Python.Syntax;

namespace Rampart.Code.Analysis.Python;

/// <summary>
/// Allow-list and validation checks in <c>if</c> headers: <c>x in ALLOWED</c>, <c>x == "a"</c>,
/// <c>x.isdigit()</c>, <c>re.fullmatch(p, x)</c>, <c>path.startswith(BASE)</c>,
/// <c>url_has_allowed_host_and_scheme(url, ...)</c>. A name validated by a positive test is clean
/// inside the branch; by a negative one whose branch rejects (<c>return</c>, <c>raise</c>,
/// <c>abort()</c>), clean after it. A truthiness test (<c>if not x</c>) validates nothing.
/// </summary>
internal static class PyGuards
{
    private static readonly HashSet<string> ValidationCalls =
    [
        "isdigit", "isalnum", "isalpha", "isnumeric", "isdecimal", "isidentifier", "startswith", "is_relative_to", "match", "fullmatch",
        "commonpath", "commonprefix", "is_safe_url", "url_has_allowed_host_and_scheme", "issubset",
    ];

    public static List<string> Validated(PythonTokens tokens, int start, int end)
    {
        var names = new List<string>();
        for (var i = start; i < end; i++)
        {
            var t = tokens[i];
            if (t.IsName("in") && !(i > start && tokens[i - 1].IsName("for")))
            {
                var left = i > start && tokens[i - 1].IsName("not") ? i - 1 : i;
                names.AddRange(Names(tokens, OperandStart(tokens, start, left), left));
            }
            else if (t.Kind == PythonTokenKind.Op && t.Text is "==" or "!=")
            {
                var leftStart = OperandStart(tokens, start, i);
                var rightEnd = OperandEnd(tokens, i + 1, end);
                if (IsConstant(tokens, i + 1, rightEnd))
                {
                    names.AddRange(Names(tokens, leftStart, i));
                }
                else if (IsConstant(tokens, leftStart, i))
                {
                    names.AddRange(Names(tokens, i + 1, rightEnd));
                }
            }
            else if (t.Kind == PythonTokenKind.Name && i + 1 < end && tokens[i + 1].Is("(") && tokens.Match(i + 1) is var close && close > i
                && (ValidationCalls.Contains(t.Text) || t.Text.StartsWith("is_valid", StringComparison.Ordinal) || t.Text.StartsWith("validate", StringComparison.Ordinal) || t.Text.StartsWith("is_allowed", StringComparison.Ordinal)))
            {
                names.AddRange(Names(tokens, i + 2, close));
                if (i > start && tokens[i - 1].Is("."))
                {
                    names.AddRange(Names(tokens, OperandStart(tokens, start, i - 1), i - 1));
                }
            }
        }

        return names.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary><c>if not ...</c>, <c>x not in</c>, <c>x != "a"</c>: the branch is taken when validation fails.</summary>
    public static bool IsNegative(PythonTokens tokens, int start, int end) =>
        tokens[start].IsName("not") || Enumerable.Range(start, end - start).Any(i => tokens[i].Is("!=") || (tokens[i].IsName("not") && i + 1 < end && tokens[i + 1].IsName("in")));

    /// <summary>The branch ends the request or the loop iteration: return, raise, continue, break, abort(...).</summary>
    public static bool Rejects(PythonTokens tokens, PyStatement statement, int colon)
    {
        var (start, end) = statement.Body.Count > 0 ? (statement.Body[^1].Start, statement.Body[^1].End) : (colon + 1, statement.End);
        if (start >= end)
        {
            return false;
        }

        var first = tokens[start];
        return first.Kind == PythonTokenKind.Name && (first.Text is "return" or "raise" or "continue" or "break"
            || PyExprParser.Parse(tokens, start, end) is PyCall { LastName: "abort" or "exit" });
    }

    /// <summary>The name chains an expression reads (<c>urlparse(url).hostname</c> → url); called names are left out.</summary>
    private static IEnumerable<string> Names(PythonTokens tokens, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (tokens[i].Kind != PythonTokenKind.Name || PyKeywords.Contains(tokens[i].Text) || (i > start && tokens[i - 1].Is(".")))
            {
                continue;
            }

            var dotted = tokens[i].Text;
            var j = i + 1;
            while (j + 1 < end && tokens[j].Is(".") && tokens[j + 1].Kind == PythonTokenKind.Name)
            {
                dotted += "." + tokens[j + 1].Text;
                j += 2;
            }

            if (j < end && tokens[j].Is("("))
            {
                if (dotted.Contains('.', StringComparison.Ordinal))
                {
                    yield return dotted[..dotted.LastIndexOf('.')];
                }
            }
            else
            {
                yield return dotted;
            }

            i = j - 1;
        }
    }

    public static int OperandStart(PythonTokens tokens, int floor, int before)
    {
        var j = before - 1;
        while (j >= floor)
        {
            var t = tokens[j];
            if (t.Kind == PythonTokenKind.Op && t.Text is ")" or "]" or "}" && tokens.Match(j) >= floor)
            {
                j = tokens.Match(j) - 1;
            }
            else if ((t.Kind is PythonTokenKind.Name && !PyKeywords.Contains(t.Text)) || t.Kind is PythonTokenKind.String or PythonTokenKind.Number || t.Is("."))
            {
                j--;
            }
            else
            {
                break;
            }
        }

        return j + 1;
    }

    public static int OperandEnd(PythonTokens tokens, int from, int ceiling)
    {
        var j = from;
        while (j < ceiling)
        {
            var t = tokens[j];
            if (t.Kind == PythonTokenKind.Op && t.Text is "(" or "[" or "{" && tokens.Match(j) > j)
            {
                j = tokens.Match(j) + 1;
            }
            else if ((t.Kind is PythonTokenKind.Name && !PyKeywords.Contains(t.Text)) || t.Kind is PythonTokenKind.String or PythonTokenKind.Number || t.Is("."))
            {
                j++;
            }
            else
            {
                break;
            }
        }

        return j;
    }

    /// <summary>A non-empty string literal or a number: comparing with it pins the value.</summary>
    private static bool IsConstant(PythonTokens tokens, int start, int end) =>
        end - start == 1 && ((tokens[start].Kind == PythonTokenKind.String && !tokens[start].IsFString && tokens[start].Value.Length > 0) || tokens[start].Kind == PythonTokenKind.Number);
}
