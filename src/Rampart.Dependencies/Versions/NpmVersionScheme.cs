using Rampart.Dependencies.Inventory;

namespace Rampart.Dependencies.Versions;

/// <summary>npm versions and ranges with node-semver rules (loose parsing, prerelease exclusion).</summary>
public sealed class NpmVersionScheme : IVersionScheme
{
    public Ecosystem Ecosystem => Ecosystem.Npm;

    public bool TryParse(string text, out IComparable? version)
    {
        var ok = NpmVersion.TryParse(text, out var parsed);
        version = parsed;
        return ok;
    }

    public int Compare(IComparable left, IComparable right) =>
        ((NpmVersion)left).CompareTo((NpmVersion)right);

    public bool Satisfies(string version, string range) =>
        NpmVersion.TryParse(version, out var parsed)
        && NpmRange.TryParse(range, out var parsedRange)
        && parsedRange!.IsSatisfiedBy(parsed!);

    public string? LowestAllowed(string range) =>
        NpmRange.TryParse(range, out var parsed) ? parsed!.LowestAllowed()?.ToString() : null;
}
