using System.Text;

namespace Rampart.Code.Lexing.Python.Syntax;

/// <summary>
/// Parses the expression shapes of <see cref="PyExpr"/> from a token range; anything else (lambdas,
/// comprehensions, comparisons) becomes <see cref="PyOther"/> over its whole range, never an error.
/// </summary>
public static class PyExprParser
{
    public static PyExpr Parse(PythonTokens tokens, int start, int end)
    {
        if (start >= end)
        {
            return new PyOther("", start, end, tokens[Math.Min(start, tokens.Count - 1)].Line);
        }

        var i = start;
        var expr = ParseBinary(tokens, ref i, end);
        return expr is not null && i == end ? expr : new PyOther(Text(tokens, start, end), start, end, tokens[start].Line);
    }

    /// <summary>Splits [start, end) at top-level commas (brackets skipped by their matches).</summary>
    public static List<(int Start, int End)> SplitCommas(PythonTokens tokens, int start, int end)
    {
        var parts = new List<(int, int)>();
        var from = start;
        for (var i = start; i < end; i++)
        {
            var t = tokens[i];
            if (t.Kind == PythonTokenKind.Op && t.Text is "(" or "[" or "{" && tokens.Match(i) > i)
            {
                i = tokens.Match(i);
            }
            else if (t.Is(","))
            {
                parts.Add((from, i));
                from = i + 1;
            }
        }

        if (from < end)
        {
            parts.Add((from, end));
        }

        return parts;
    }

    public static List<PyArgument> ParseArguments(PythonTokens tokens, int start, int end)
    {
        var args = new List<PyArgument>();
        foreach (var (s, e) in SplitCommas(tokens, start, end))
        {
            if (tokens[s].Kind == PythonTokenKind.Name && s + 1 < e && tokens[s + 1].Is("="))
            {
                args.Add(new PyArgument(tokens[s].Text, Parse(tokens, s + 2, e)));
            }
            else if (tokens[s].Is("*") || tokens[s].Is("**"))
            {
                args.Add(new PyArgument(null, Parse(tokens, s + 1, e), tokens[s].Text.Length));
            }
            else
            {
                args.Add(new PyArgument(null, Parse(tokens, s, e)));
            }
        }

        return args;
    }

    public static string Text(PythonTokens tokens, int start, int end)
    {
        var sb = new StringBuilder();
        for (var i = start; i < end; i++)
        {
            var t = tokens[i];
            if (sb.Length > 0 && i > start && (t.Kind is PythonTokenKind.Name or PythonTokenKind.Number or PythonTokenKind.String) && tokens[i - 1].Kind is PythonTokenKind.Name or PythonTokenKind.Number or PythonTokenKind.String)
            {
                sb.Append(' ');
            }
            else if (sb.Length > 0 && (t.Text is "=" or "==" or "!=" or "|" or "+" || tokens[i - 1].Text is "," or "=" or "==" or "!=" or "|" or "+"))
            {
                sb.Append(' ');
            }

            sb.Append(t.Text);
        }

        return sb.ToString();
    }

    private static PyExpr? ParseBinary(PythonTokens tokens, ref int i, int end)
    {
        var left = ParsePrimary(tokens, ref i, end);
        while (left is not null && i < end && tokens[i].Kind == PythonTokenKind.Op && tokens[i].Text is "+" or "|" or "&")
        {
            var op = tokens[i].Text;
            i++;
            var right = ParsePrimary(tokens, ref i, end);
            if (right is null)
            {
                return null;
            }

            left = new PyBinary(left, op, right, left.Start, i, left.Line);
        }

        return left;
    }

    private static PyExpr? ParsePrimary(PythonTokens tokens, ref int i, int end)
    {
        var start = i;
        var t = tokens[i];
        PyExpr? expr;
        switch (t.Kind)
        {
            case PythonTokenKind.Name when t.Text is not ("lambda" or "not" or "await" or "yield" or "if" or "for" or "in" or "and" or "or" or "is"):
                var dotted = new StringBuilder(t.Text);
                i++;
                while (i + 1 < end && tokens[i].Is(".") && tokens[i + 1].Kind == PythonTokenKind.Name)
                {
                    dotted.Append('.').Append(tokens[i + 1].Text);
                    i += 2;
                }

                expr = t.Text is "True" or "False" or "None" ? new PyOther(t.Text, start, i, t.Line) : new PyName(dotted.ToString(), start, i, t.Line);
                break;
            case PythonTokenKind.String:
                var value = new StringBuilder();
                var formatted = false;
                while (i < end && tokens[i].Kind == PythonTokenKind.String)
                {
                    value.Append(tokens[i].Value);
                    formatted |= tokens[i].IsFString;
                    i++;
                }

                expr = new PyString(value.ToString(), formatted, start, i, t.Line);
                break;
            case PythonTokenKind.Number:
                i++;
                expr = new PyOther(t.Text, start, i, t.Line);
                break;
            case PythonTokenKind.Op when t.Text is "(" or "[" or "{":
                var close = tokens.Match(i);
                if (close < 0 || close >= end)
                {
                    return null;
                }

                var pieces = SplitCommas(tokens, i + 1, close);
                if (t.Text == "{" && pieces.Count > 0 && TopLevelColon(tokens, pieces[0].Start, pieces[0].End) > 0)
                {
                    var entries = pieces.Select(p => (p, colon: TopLevelColon(tokens, p.Start, p.End))).Where(e => e.colon > 0)
                        .Select(e => (Parse(tokens, e.p.Start, e.colon), Parse(tokens, e.colon + 1, e.p.End))).ToList();
                    i = close + 1;
                    expr = new PyDict(entries, start, i, t.Line);
                    break;
                }

                var items = pieces.Select(p => Parse(tokens, p.Start, p.End)).ToList();
                i = close + 1;
                expr = t.Text == "(" && items.Count == 1 && !tokens[close - 1].Is(",") ? items[0] : new PySequence(items, t.Text[0], start, i, t.Line);
                break;
            default:
                return null;
        }

        return ParseTrailers(tokens, ref i, end, expr, start);
    }

    private static int TopLevelColon(PythonTokens tokens, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (tokens[i].Kind == PythonTokenKind.Op && tokens[i].Text is "(" or "[" or "{" && tokens.Match(i) > i)
            {
                i = tokens.Match(i);
            }
            else if (tokens[i].Is(":"))
            {
                return i;
            }
        }

        return -1;
    }

    private static PyExpr ParseTrailers(PythonTokens tokens, ref int i, int end, PyExpr expr, int start)
    {
        while (i < end)
        {
            var t = tokens[i];
            if (t.Is("(") && tokens.Match(i) is var close && close > i && close < end)
            {
                expr = new PyCall(expr, ParseArguments(tokens, i + 1, close), start, close + 1, tokens[start].Line);
                i = close + 1;
            }
            else if (t.Is("[") && tokens.Match(i) is var closeSub && closeSub > i && closeSub < end)
            {
                var items = SplitCommas(tokens, i + 1, closeSub).Select(p => Parse(tokens, p.Start, p.End)).ToList();
                expr = new PySubscript(expr, items, start, closeSub + 1, tokens[start].Line);
                i = closeSub + 1;
            }
            else if (t.Is(".") && i + 1 < end && tokens[i + 1].Kind == PythonTokenKind.Name)
            {
                // An attribute of a call result (`APIRouter().get`): keep it as a name over the call's text.
                expr = new PyName($"{Text(tokens, start, i)}.{tokens[i + 1].Text}", start, i + 2, tokens[start].Line);
                i += 2;
            }
            else
            {
                break;
            }
        }

        return expr;
    }
}
