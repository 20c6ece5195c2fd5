using Rampart.Code.Lexing.JavaScript;

namespace Rampart.Code.Analysis.JavaScript;

/// <summary>Finds every call in a file by walking each <c>(</c> back over its callee chain; method definitions and keywords are not calls.</summary>
internal static class JsCalls
{
    private static readonly HashSet<string> NotCallees = new(StringComparer.Ordinal)
    {
        "if", "for", "while", "switch", "catch", "with", "return", "typeof", "await", "in", "of", "void", "delete", "yield", "function", "new", "instanceof", "else", "do", "case", "throw",
    };

    private static readonly HashSet<string> BeforeMethodDefinition = new(StringComparer.Ordinal)
    {
        "{", "}", ";", ",", ")", "async", "static", "get", "set", "*", "public", "private", "protected", "override", "readonly",
    };

    public static List<JsCall> In(JsSyntax s)
    {
        var calls = new List<JsCall>();
        for (var open = 1; open < s.Count; open++)
        {
            if (!s.Is(open, "(") || !s.IsIdentifier(open - 1) || NotCallees.Contains(s[open - 1].Text) || s.Partner(open) < 0)
            {
                continue;
            }

            var parts = new List<string> { s[open - 1].Text };
            var start = open - 1;
            while (start >= 2 && (s.Is(start - 1, ".") || s.Is(start - 1, "?.")))
            {
                var before = start - 2;
                if (s.IsIdentifier(before))
                {
                    parts.Insert(0, s[before].Text);
                    start = before;
                    continue;
                }

                if (s.Is(before, ")") && s.Partner(before) is var innerOpen && innerOpen > 0 && s.IsIdentifier(innerOpen - 1) && !NotCallees.Contains(s[innerOpen - 1].Text))
                {
                    var inner = s[innerOpen - 1].Text;
                    parts.Insert(0, inner == "require" && s.StringAt(innerOpen + 1, before) is { } spec ? "require:" + JsCodeFile.NormalizeModule(spec) : inner + "()");
                    start = innerOpen - 1;
                    continue;
                }

                if (s.Is(before, ")") && s.Partner(before) is var group && group >= 0 && s.Is(before - 1, ")") && s.IsIdentifier(s.Partner(before - 1) - 1))
                {
                    // (await cookies()).set(...): the group's value is the call inside it.
                    parts.Insert(0, s[s.Partner(before - 1) - 1].Text + "()");
                    start = group;
                }

                break;
            }

            if (s.Is(start - 1, "function") || IsMethodDefinition(s, start, open, parts.Count))
            {
                continue;
            }

            var close = s.Partner(open);
            calls.Add(new JsCall(start, open, close, parts, s.Items(open)) { IsNew = s.Is(start - 1, "new") });
        }

        return calls;
    }

    private static bool IsMethodDefinition(JsSyntax s, int start, int open, int parts)
    {
        if (parts != 1 || s.Is(start - 1, ".") || !(start == 0 || BeforeMethodDefinition.Contains(s[start - 1].Text)))
        {
            return false;
        }

        var after = s.Partner(open) + 1;
        return s.Is(after, "{") || s.Is(after, ":") && !s.Is(start - 1, "?");
    }
}
