using System.Text.RegularExpressions;

namespace Rampart.Dependencies.Versions;

/// <summary>
/// Poetry's constraint syntax (`^1.2`, `~1.2.3`, `*`, a bare `2.31.0`, `||` unions) as PEP 440
/// specifier sets, one per alternative, with poetry-core's bounds (`^0.2.3` is &lt;0.3.0). Only used
/// for text that is not a valid PEP 440 specifier set, so the two syntaxes never disagree.
/// </summary>
internal static partial class PoetryConstraint
{
    public static IReadOnlyList<string>? ToSpecifierSets(string constraint)
    {
        var sets = new List<string>();
        foreach (var alternative in constraint.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var specifiers = new List<string>();
            foreach (var part in alternative.Split(',', StringSplitOptions.TrimEntries).SelectMany(SplitJoined))
            {
                var translated = Translate(part);
                if (translated is null)
                {
                    return null;
                }

                if (translated.Length > 0)
                {
                    specifiers.Add(translated);
                }
            }

            sets.Add(string.Join(',', specifiers));
        }

        return sets.Count == 0 ? null : sets;
    }

    // Poetry also joins with spaces (`>=1.2 <2.0`), which reach us with the spaces removed.
    private static IEnumerable<string> SplitJoined(string part) =>
        part.Length == 0 ? [part] : JoinedOperator().Split(part);

    private static string? Translate(string part)
    {
        if (part is "*" or "")
        {
            return "";
        }

        if (part[0] == '^' || (part[0] == '~' && !part.StartsWith("~=", StringComparison.Ordinal)))
        {
            var text = part[1..];
            if (!Pep440Version.TryParse(text, out var version))
            {
                return null;
            }

            var upper = part[0] == '^' ? NextBreaking(version!.Release) : NextMinorOrMajor(version!.Release);
            return $">={text},<{upper}";
        }

        return char.IsAsciiDigit(part[0]) ? "==" + part : part;
    }

    private static string NextBreaking(IReadOnlyList<long> release) => release switch
    {
        [var major, ..] when major > 0 || release.Count == 1 => $"{major + 1}",
        [_, var minor, ..] when minor > 0 || release.Count == 2 => $"0.{minor + 1}",
        [_, _, var patch, ..] => $"0.0.{patch + 1}",
        _ => "1",
    };

    private static string NextMinorOrMajor(IReadOnlyList<long> release) =>
        release.Count == 1 ? $"{release[0] + 1}" : $"{release[0]}.{release[1] + 1}";

    [GeneratedRegex(@"(?<=[0-9A-Za-z*])(?=[<>=!~^])", RegexOptions.CultureInvariant)]
    private static partial Regex JoinedOperator();
}
