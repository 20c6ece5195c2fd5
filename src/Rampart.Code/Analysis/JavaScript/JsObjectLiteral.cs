using Rampart.Code.Lexing.JavaScript;

namespace Rampart.Code.Analysis.JavaScript;

/// <summary>Reads object literals: their properties (<c>key: value</c>, <c>'key': value</c>, shorthand) and the literal an argument stands for.</summary>
internal static class JsObjectLiteral
{
    /// <summary>The properties of the object literal opening at <paramref name="open"/>: key, key token, value range (the key itself for a shorthand).</summary>
    public static IEnumerable<(string Key, int KeyIndex, int ValueStart, int ValueEnd)> Properties(JsSyntax s, int open)
    {
        foreach (var (start, end) in s.Items(open))
        {
            if (s.IsIdentifier(start) || s[start].IsStringLiteral)
            {
                var key = s.IsIdentifier(start) ? s[start].Text : JsStrings.Value(s[start]);
                if (s.Is(start + 1, ":"))
                {
                    yield return (key, start, start + 2, end);
                }
                else if (end == start + 1 && s.IsIdentifier(start))
                {
                    yield return (key, start, start, end);
                }
            }
        }
    }

    public static (int Start, int End)? Property(JsSyntax s, int open, string key)
    {
        foreach (var property in Properties(s, open))
        {
            if (property.Key == key)
            {
                return (property.ValueStart, property.ValueEnd);
            }
        }

        return null;
    }

    /// <summary>True when the range is exactly the given keyword or literal (<c>true</c>, <c>false</c>, <c>'*'</c>).</summary>
    public static bool Is(JsSyntax s, (int Start, int End)? range, string text) =>
        range is { } r && r.End == r.Start + 1 && (s[r.Start].IsStringLiteral ? JsStrings.Value(s[r.Start]) == text : s[r.Start].Text == text);

    /// <summary>
    /// The object literal an expression stands for: the literal itself, or a name bound to one in the same
    /// function or at the top of the file (<c>const options = { ... }</c>); -1 when it is something else.
    /// </summary>
    public static int At(JsCodeFile file, (int Start, int End) range)
    {
        var s = file.Syntax;
        if (s.Is(range.Start, "{") && s.Partner(range.Start) == range.End - 1)
        {
            return range.Start;
        }

        if (range.End != range.Start + 1 || !s.IsIdentifier(range.Start))
        {
            return -1;
        }

        var name = s[range.Start].Text;
        if (file.ScopeAt(range.Start).BindingOf(name, range.Start) is { ValueStart: >= 0 } binding && s.Is(binding.ValueStart, "{"))
        {
            return binding.ValueStart;
        }

        return file.Module.Declarations.TryGetValue(name, out var declaration) && s.Is(declaration.InitStart, "{") ? declaration.InitStart : -1;
    }

    /// <summary>Every object literal property with one of the given keys in the file: (key index, value range, the literal's <c>{</c>).</summary>
    public static IEnumerable<(int KeyIndex, int ValueStart, int ValueEnd, int Open)> Keyed(JsSyntax s, params string[] keys)
    {
        for (var i = 1; i + 1 < s.Count; i++)
        {
            var isKey = (s.IsIdentifier(i) && !s.Is(i - 1, ".") || s[i].Kind == JsTokenKind.String) && s.Is(i + 1, ":") && (s.Is(i - 1, "{") || s.Is(i - 1, ","));
            if (!isKey || !keys.Contains(s.IsIdentifier(i) ? s[i].Text : JsStrings.Value(s[i])))
            {
                continue;
            }

            var open = s.Parent(i);
            if (open < 0 || !s.Is(open, "{"))
            {
                continue;
            }

            yield return (i, i + 2, JsExpressions.End(s, i + 2), open);
        }
    }
}
