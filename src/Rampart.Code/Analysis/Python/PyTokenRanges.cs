using Rampart.Code.Lexing.Python;

namespace Rampart.Code.Analysis.Python;

/// <summary>Searches of a token range at bracket depth 0 (brackets are skipped by their matching token).</summary>
internal static class PyTokenRanges
{
    private static readonly HashSet<string> BinaryOperators = ["+", "-", "*", "/", "//", "%", "|", "&", "@", "**", "^", "<<", ">>"];

    public static int TopLevelName(PythonTokens tokens, int start, int end, string word)
    {
        for (var i = start; i < end; i++)
        {
            if (tokens[i].Kind == PythonTokenKind.Op && tokens[i].Text is "(" or "[" or "{" && tokens.Match(i) > i)
            {
                i = tokens.Match(i);
            }
            else if (tokens[i].IsName(word))
            {
                return i;
            }
        }

        return -1;
    }

    public static int TopLevel(PythonTokens tokens, int start, int end, string op)
    {
        for (var i = start; i < end; i++)
        {
            if (tokens[i].Kind == PythonTokenKind.Op && tokens[i].Text is "(" or "[" or "{" && tokens.Match(i) > i)
            {
                i = tokens.Match(i);
            }
            else if (tokens[i].Is(op))
            {
                return i;
            }
        }

        return -1;
    }

    public static bool HasTopLevel(PythonTokens tokens, int start, int end, Func<PythonToken, bool> test) =>
        Split(tokens, start, end, test).Count > 1;

    public static List<(int Start, int End)> Split(PythonTokens tokens, int start, int end, Func<PythonToken, bool> test)
    {
        var parts = new List<(int, int)>();
        var from = start;
        for (var i = start; i < end; i++)
        {
            if (tokens[i].Kind == PythonTokenKind.Op && tokens[i].Text is "(" or "[" or "{" && tokens.Match(i) > i)
            {
                i = tokens.Match(i);
            }
            else if (test(tokens[i]))
            {
                parts.Add((from, i));
                from = i + 1;
            }
        }

        parts.Add((from, end));
        return parts;
    }

    /// <summary>Binary operators at depth 0 (a '-' or '*' after another operator is unary, not binary).</summary>
    public static List<int> BinaryOperatorsAt(PythonTokens tokens, int start, int end)
    {
        var found = new List<int>();
        for (var i = start; i < end; i++)
        {
            var t = tokens[i];
            if (t.Kind == PythonTokenKind.Op && t.Text is "(" or "[" or "{" && tokens.Match(i) > i)
            {
                i = tokens.Match(i);
            }
            else if (i > start && t.Kind == PythonTokenKind.Op && BinaryOperators.Contains(t.Text) && !IsOperator(tokens[i - 1]))
            {
                found.Add(i);
            }
        }

        return found;
    }

    public static bool IsOperator(PythonToken t) => t.Kind == PythonTokenKind.Op && t.Text is not (")" or "]" or "}");
}
