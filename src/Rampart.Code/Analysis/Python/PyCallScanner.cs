using System.Text;
using Rampart.Code.Lexing.Python;
using Rampart.Code.Lexing.Python.Syntax;

namespace Rampart.Code.Analysis.Python;

/// <summary>Finds every call in a token range, outermost first, nested calls inside arguments and receivers included.</summary>
internal static class PyCallScanner
{
    public static List<PyCallSite> Calls(PythonTokens tokens, int start, int end)
    {
        var calls = new List<PyCallSite>();
        Scan(tokens, start, end, calls);
        return calls;
    }

    private static void Scan(PythonTokens tokens, int start, int end, List<PyCallSite> calls)
    {
        for (var i = start; i < end; i++)
        {
            var t = tokens[i];
            if (IsChainStart(tokens, i, start))
            {
                i = Chain(tokens, i, end, calls) - 1;
            }
            else if (t.Kind == PythonTokenKind.Op && t.Text is "(" or "[" or "{" && tokens.Match(i) is var close && close > i && close < end)
            {
                Scan(tokens, i + 1, close, calls);
                var open = i;
                i = close;
                // `(a + b).strip()`, `[x for x in y][0]`: trailers after a bracket group.
                if (i + 1 < end && tokens[i + 1].Is("."))
                {
                    i = Trailers(tokens, t.Text == "(" ? "()" : t.Text == "[" ? "[]" : "{}", i + 1, end, calls, open) - 1;
                }
            }
        }
    }

    private static bool IsChainStart(PythonTokens tokens, int i, int start)
    {
        var t = tokens[i];
        var afterDot = i > start && tokens[i - 1].Is(".");
        return !afterDot && (t.Kind == PythonTokenKind.String || (t.Kind == PythonTokenKind.Name && !PyKeywords.Contains(t.Text)));
    }

    /// <summary>Reads a name or string and its trailers; returns the index after the chain.</summary>
    private static int Chain(PythonTokens tokens, int i, int end, List<PyCallSite> calls)
    {
        var head = tokens[i].Kind == PythonTokenKind.String ? "\"\"" : tokens[i].Text;
        var chainStart = i;
        i++;
        while (tokens[chainStart].Kind == PythonTokenKind.String && i < end && tokens[i].Kind == PythonTokenKind.String)
        {
            i++;
        }

        return Trailers(tokens, head, i, end, calls, chainStart);
    }

    private static int Trailers(PythonTokens tokens, string head, int i, int end, List<PyCallSite> calls, int chainStart)
    {
        var callee = new StringBuilder(head);
        var lastDot = -1;
        while (i < end)
        {
            var t = tokens[i];
            if (t.Is(".") && i + 1 < end && tokens[i + 1].Kind == PythonTokenKind.Name)
            {
                lastDot = i;
                callee.Append('.').Append(tokens[i + 1].Text);
                i += 2;
            }
            else if (t.Is("(") && tokens.Match(i) is var close && close > i && close <= end)
            {
                var args = Arguments(tokens, i + 1, close);
                calls.Add(new PyCallSite(callee.ToString(), chainStart, i, close, args, tokens[chainStart].Line) { ReceiverEnd = lastDot });
                Scan(tokens, i + 1, close, calls);
                callee.Append("()");
                i = close + 1;
            }
            else if (t.Is("[") && tokens.Match(i) is var closeSub && closeSub > i && closeSub <= end)
            {
                Scan(tokens, i + 1, closeSub, calls);
                callee.Append("[]");
                i = closeSub + 1;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    public static List<PyArgRange> Arguments(PythonTokens tokens, int start, int end)
    {
        var args = new List<PyArgRange>();
        foreach (var (s, e) in PyExprParser.SplitCommas(tokens, start, end))
        {
            if (s >= e)
            {
                continue;
            }

            if (tokens[s].Kind == PythonTokenKind.Name && s + 1 < e && tokens[s + 1].Is("="))
            {
                args.Add(new PyArgRange(tokens[s].Text, s + 2, e, 0));
            }
            else if (tokens[s].Is("*") || tokens[s].Is("**"))
            {
                args.Add(new PyArgRange(null, s + 1, e, tokens[s].Text.Length));
            }
            else
            {
                args.Add(new PyArgRange(null, s, e, 0));
            }
        }

        return args;
    }
}
