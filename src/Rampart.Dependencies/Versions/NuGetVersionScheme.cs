using NuGet.Versioning;
using Rampart.Dependencies.Inventory;

namespace Rampart.Dependencies.Versions;

/// <summary>
/// NuGet versions and ranges through NuGet.Versioning: four-part versions, case-insensitive
/// labels, and a bare `1.0` range meaning "1.0 or higher", as in a project file.
/// </summary>
public sealed class NuGetVersionScheme : IVersionScheme
{
    private static readonly NuGetVersion Zero = new(0, 0, 0);

    public Ecosystem Ecosystem => Ecosystem.NuGet;

    public bool TryParse(string text, out IComparable? version)
    {
        version = null;
        if (string.IsNullOrWhiteSpace(text) || !NuGetVersion.TryParse(text.Trim(), out var parsed))
        {
            return false;
        }

        version = parsed;
        return true;
    }

    public int Compare(IComparable left, IComparable right) =>
        VersionComparer.Default.Compare((NuGetVersion)left, (NuGetVersion)right);

    public bool Satisfies(string version, string range) =>
        TryParse(version, out var parsed)
        && TryParseRange(range, out var parsedRange)
        && parsedRange!.Satisfies((NuGetVersion)parsed!);

    /// <summary>
    /// The inclusive lower bound; 0.0.0 when there is none. An exclusive lower bound (`(1.0,)`)
    /// names no lowest version, so null.
    /// </summary>
    public string? LowestAllowed(string range)
    {
        if (!TryParseRange(range, out var parsed))
        {
            return null;
        }

        if (!parsed!.HasLowerBound)
        {
            return parsed.Satisfies(Zero) ? Zero.ToNormalizedString() : null;
        }

        return parsed.IsMinInclusive ? parsed.MinVersion!.ToNormalizedString() : null;
    }

    private static bool TryParseRange(string range, out VersionRange? parsed)
    {
        parsed = null;
        return !string.IsNullOrWhiteSpace(range) && VersionRange.TryParse(range.Trim(), out parsed);
    }
}
