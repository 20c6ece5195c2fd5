using System.Text.RegularExpressions;
using Rampart.Code.Lexing.JavaScript;

namespace Rampart.Code.Routes.JavaScript;

/// <summary>
/// The <c>.unless({ path: [...] })</c> exemption of express-unless and koa-jwt: the middleware is
/// skipped for a request whose path equals one of the strings or matches one of the regex literals.
/// </summary>
internal sealed record JsUnless(IReadOnlyList<string> Paths, IReadOnlyList<Regex> Patterns, string Shown)
{
    /// <summary>The exemption written on a middleware expression in [start, end), or null.</summary>
    public static JsUnless? Read(JsSyntax s, int start, int end)
    {
        for (var i = start; i + 2 < end; i++)
        {
            if (!s.Is(i, ".") || !s.Is(i + 1, "unless") || !s.Is(i + 2, "("))
            {
                continue;
            }

            var paths = new List<string>();
            var patterns = new List<Regex>();
            foreach (var (itemStart, _) in s.Items(i + 2).Take(1).Where(item => s.Is(item.Start, "{")))
            {
                foreach (var (propStart, propEnd) in s.Items(itemStart))
                {
                    if (s.Is(propStart, "path") && s.Is(propStart + 1, ":"))
                    {
                        Add(s, propStart + 2, propEnd, paths, patterns);
                    }
                }
            }

            return new JsUnless(paths, patterns, s.TextOf(i + 1, s.Partner(i + 2) + 1));
        }

        return null;
    }

    public bool Exempts(string path) =>
        Paths.Any(p => p.TrimEnd('/') == path.TrimEnd('/')) || Patterns.Any(r => r.IsMatch(path));

    private static void Add(JsSyntax s, int start, int end, List<string> paths, List<Regex> patterns)
    {
        if (s.Is(start, "[") && s.Partner(start) == end - 1)
        {
            foreach (var (itemStart, itemEnd) in s.Items(start))
            {
                Add(s, itemStart, itemEnd, paths, patterns);
            }

            return;
        }

        if (s.StringAt(start, end) is { } literal)
        {
            paths.Add(literal);
        }
        else if (end == start + 1 && s[start].Kind == JsTokenKind.Regex)
        {
            try
            {
                patterns.Add(new Regex(JsStrings.Value(s[start]), RegexOptions.None, TimeSpan.FromMilliseconds(100)));
            }
            catch (ArgumentException)
            {
                // A JavaScript-only regex feature: the exemption stays unread.
            }
        }
        else if (s.Is(start, "{"))
        {
            // `{ url: '/login', methods: ['POST'] }`: the url is exempt (for the listed methods).
            foreach (var (propStart, propEnd) in s.Items(start))
            {
                if (s.Is(propStart, "url") && s.Is(propStart + 1, ":"))
                {
                    Add(s, propStart + 2, propEnd, paths, patterns);
                }
            }
        }
    }
}
