using System.Text.RegularExpressions;
using Rampart.Dependencies.Inventory;

namespace Rampart.Dependencies.Registry;

/// <summary>
/// The two shapes dependency-confusion attacks leave: a version published to win every range
/// (`99.0.0`, `9999.1.0`: a major of only nines, or a major of 1000 and more that is not a
/// calendar version like `2024.1` or `20240101`), and an internal-looking name that the repository
/// fetches from the public registry (no private registry is configured for it).
/// </summary>
public static partial class DependencyConfusionShape
{
    /// <summary>The version (resolved or declared) whose major looks planted, or null.</summary>
    public static string? InflatedVersion(Package package)
    {
        foreach (var text in new[] { package.Version, package.DeclaredRange })
        {
            if (text is null || LeadingMajor().Match(text) is not { Success: true } match)
            {
                continue;
            }

            var major = match.Groups["major"].Value;
            var allNines = major.Length >= 2 && major.All(c => c == '9');
            var huge = major.Length >= 4 && !IsCalendar(major);
            if (allNines || huge)
            {
                return text;
            }
        }

        return null;
    }

    /// <summary>True for names that read as a company's private package: an npm scope with `internal` in it, an `internal` name segment, or a `corp` prefix.</summary>
    public static bool LooksInternal(Ecosystem ecosystem, string name)
    {
        var normalised = PackageNames.Normalise(ecosystem, name);
        if (normalised.StartsWith('@'))
        {
            var slash = normalised.IndexOf('/', StringComparison.Ordinal);
            if (slash > 0 && normalised[..slash].Contains("internal", StringComparison.Ordinal))
            {
                return true;
            }

            normalised = slash > 0 ? normalised[(slash + 1)..] : normalised;
        }

        return InternalSegment().IsMatch(normalised) || CorpPrefix().IsMatch(normalised);
    }

    private static bool IsCalendar(string major) =>
        (major.Length == 4 && int.Parse(major[..4], System.Globalization.CultureInfo.InvariantCulture) is >= 1990 and <= 2099)
        || (major.Length == 8 && major[..2] is "19" or "20");

    [GeneratedRegex(@"^\s*(?:[=v^~<>]+\s*|\[)?(?<major>[0-9]+)(?:\.|$|\s|,)")]
    private static partial Regex LeadingMajor();

    [GeneratedRegex(@"[-_.]internal(?:[-_.]|$)")]
    private static partial Regex InternalSegment();

    [GeneratedRegex(@"^corp[-_.]")]
    private static partial Regex CorpPrefix();
}
