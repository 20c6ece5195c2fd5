namespace Rampart.Dependencies.Advisories;

/// <summary>An OSV range: SEMVER, ECOSYSTEM or GIT, and its events in the order the record gives them.</summary>
public sealed record OsvRange(string Type, IReadOnlyList<OsvEvent> Events)
{
    public bool IsGit => string.Equals(Type, "GIT", StringComparison.OrdinalIgnoreCase);
}
