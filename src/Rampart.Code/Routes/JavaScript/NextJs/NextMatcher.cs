using System.Text;
using System.Text.RegularExpressions;

namespace Rampart.Code.Routes.JavaScript.NextJs;

/// <summary>
/// A Next.js <c>matcher</c> (or Clerk <c>createRouteMatcher</c>) pattern in path-to-regexp syntax —
/// <c>/dashboard/:path*</c>, <c>/((?!api|_next/static).*)</c>, <c>/admin(.*)</c> — as a regex, and the
/// test of a route path against it. Route paths use the same syntax (<c>/users/:id</c>).
/// </summary>
internal sealed class NextMatcher
{
    private readonly Regex? _regex;

    public NextMatcher(string pattern)
    {
        Pattern = pattern;
        try
        {
            _regex = new Regex("^" + ToRegex(pattern) + "/?$", RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(200));
        }
        catch (ArgumentException)
        {
            _regex = null;
        }
    }

    public string Pattern { get; }

    /// <summary>False when the pattern is not a valid regex once converted (it then matches nothing).</summary>
    public bool IsValid => _regex is not null;

    public bool Matches(string routePath)
    {
        if (_regex is null)
        {
            return false;
        }

        // A concrete request path for the route: each parameter becomes one sample segment.
        var sample = Regex.Replace(routePath, ":[A-Za-z0-9_]+[*+?]?", "x");
        try
        {
            return _regex.IsMatch(sample);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    private static string ToRegex(string pattern)
    {
        var regex = new StringBuilder();
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '/' && i + 1 < pattern.Length && pattern[i + 1] == ':')
            {
                var end = i + 2;
                while (end < pattern.Length && (char.IsLetterOrDigit(pattern[end]) || pattern[end] == '_'))
                {
                    end++;
                }

                var custom = end < pattern.Length && pattern[end] == '(' ? Group(pattern, end) : null;
                var body = custom is null ? "[^/]+" : custom[1..^1];
                end += custom?.Length ?? 0;
                var modifier = end < pattern.Length && pattern[end] is '*' or '+' or '?' ? pattern[end] : '\0';
                regex.Append(modifier switch
                {
                    '*' => $"(?:/{body})*",
                    '+' => $"(?:/{body})+",
                    '?' => $"(?:/{body})?",
                    _ => $"/{body}",
                });
                i = modifier == '\0' ? end - 1 : end;
                continue;
            }

            if (c == '(')
            {
                var group = Group(pattern, i);
                regex.Append(group);
                i += group.Length - 1;
                continue;
            }

            regex.Append(c == '*' ? ".*" : Regex.Escape(c.ToString()));
        }

        return regex.ToString();
    }

    /// <summary>A balanced parenthesised group starting at <paramref name="start"/>, copied as regex.</summary>
    private static string Group(string pattern, int start)
    {
        var depth = 0;
        for (var i = start; i < pattern.Length; i++)
        {
            if (pattern[i] == '\\')
            {
                i++;
                continue;
            }

            depth += pattern[i] switch { '(' => 1, ')' => -1, _ => 0 };
            if (depth == 0)
            {
                return pattern[start..(i + 1)];
            }
        }

        return pattern[start..];
    }
}
