using Rampart.Code.Lexing.JavaScript;

namespace Rampart.Code.Analysis.JavaScript;

/// <summary>
/// The values a condition checks: against an allow-list (<c>ALLOWED.includes(x)</c>, <c>set.has(x)</c>),
/// a pattern (<c>/^\w+$/.test(x)</c>, <c>x.match(...)</c>), a root folder (<c>full.startsWith(root)</c>),
/// a traversal test (<c>x.includes('..')</c>) or a validator (<c>isUUID(x)</c>, <c>validator.isEmail(x)</c>,
/// <c>isValidName(x)</c>); and the ones whose type is checked (<c>typeof x === 'string'</c>).
/// </summary>
internal static class JsGuards
{
    private static readonly HashSet<string> ArgumentCheckers = new(StringComparer.Ordinal) { "includes", "has", "indexOf", "test" };

    public static List<string> Checked(JsSyntax s, int start, int end)
    {
        var paths = new List<string>();
        for (var i = start; i < end; i++)
        {
            if (!s.Is(i, "(") || !s.IsIdentifier(i - 1))
            {
                continue;
            }

            var method = s[i - 1].Text;
            var isMember = s.Is(i - 2, ".") || s.Is(i - 2, "?.");
            if (isMember && method is "startsWith" or "match" || isMember && method == "includes" && s.StringAt(i + 1, s.Partner(i)) is not null)
            {
                if (PathBefore(s, i - 2) is { } receiver)
                {
                    paths.Add(receiver);
                }
            }
            else if (isMember && ArgumentCheckers.Contains(method) || method.StartsWith("is", StringComparison.Ordinal) && method.Length > 2 && char.IsUpper(method[2]) || method.Contains("valid", StringComparison.OrdinalIgnoreCase) || method.Contains("allowed", StringComparison.OrdinalIgnoreCase))
            {
                foreach (var (argStart, argEnd) in s.Items(i))
                {
                    if (s.DottedNameAt(argStart, argEnd) is { } argument)
                    {
                        paths.Add(argument);
                    }
                }
            }
        }

        return paths;
    }

    /// <summary>Paths whose type a condition checks, with their token range.</summary>
    public static List<(string Path, int Start, int End)> TypeChecked(JsSyntax s, int start, int end)
    {
        var paths = new List<(string, int, int)>();
        for (var i = start; i + 3 < end; i++)
        {
            if (!s.Is(i, "typeof"))
            {
                continue;
            }

            var pathEnd = i + 2;
            while (s.Is(pathEnd, ".") && s.IsIdentifier(pathEnd + 1))
            {
                pathEnd += 2;
            }

            if (s.DottedNameAt(i + 1, pathEnd) is { } path && s[pathEnd].Text is "===" or "!==" or "==" or "!=" && s.StringAt(pathEnd + 1, pathEnd + 2) is "string" or "number")
            {
                paths.Add((path, i + 1, pathEnd));
            }
        }

        return paths;
    }

    /// <summary>The dotted path ending right before a token (<c>a.b</c> in <c>a.b.startsWith</c>).</summary>
    private static string? PathBefore(JsSyntax s, int dot)
    {
        var start = dot - 1;
        while (start >= 2 && (s.Is(start - 1, ".") || s.Is(start - 1, "?.")) && s.IsIdentifier(start - 2))
        {
            start -= 2;
        }

        return s.DottedNameAt(start, dot);
    }
}
