using System.Text;
using System.Text.RegularExpressions;

namespace Rampart.Pipeline.Hygiene;

/// <summary>
/// The rules of a <c>.dockerignore</c>: paths relative to the build context, <c>*</c> and <c>?</c>
/// within one path segment, <c>**</c> across segments, <c>!</c> re-includes, the last matching
/// line wins, and a matched folder excludes everything in it.
/// </summary>
internal sealed class DockerignorePatterns
{
    private readonly List<(Regex Pattern, bool Reincludes)> _rules;

    private DockerignorePatterns(List<(Regex, bool)> rules) => _rules = rules;

    public static DockerignorePatterns Parse(string text)
    {
        var rules = new List<(Regex, bool)>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var reincludes = line.StartsWith('!');
            var pattern = (reincludes ? line[1..] : line).Trim().TrimStart('/').TrimEnd('/');
            while (pattern.StartsWith("./", StringComparison.Ordinal))
            {
                pattern = pattern[2..];
            }

            if (pattern.Length > 0)
            {
                rules.Add((ToRegex(pattern), reincludes));
            }
        }

        return new DockerignorePatterns(rules);
    }

    /// <summary>True when <paramref name="path"/> (relative to the context) is left out of the build context.</summary>
    public bool Excludes(string path)
    {
        var excluded = false;
        foreach (var (pattern, reincludes) in _rules)
        {
            if (pattern.IsMatch(path))
            {
                excluded = !reincludes;
            }
        }

        return excluded;
    }

    private static Regex ToRegex(string pattern)
    {
        var regex = new StringBuilder("^");
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '*' && i + 1 < pattern.Length && pattern[i + 1] == '*')
            {
                var slash = i + 2 < pattern.Length && pattern[i + 2] == '/';
                regex.Append(slash ? "(.*/)?" : ".*");
                i += slash ? 2 : 1;
            }
            else
            {
                regex.Append(c switch
                {
                    '*' => "[^/]*",
                    '?' => "[^/]",
                    _ => Regex.Escape(c.ToString()),
                });
            }
        }

        // A pattern that names a folder also excludes what is inside it.
        return new Regex(regex.Append("(/.*)?$").ToString(), RegexOptions.CultureInvariant);
    }
}
