namespace Rampart.Dependencies.Advisories;

/// <summary>
/// One advisory that applies to a package version. <see cref="Record"/> is the primary record (a
/// GHSA when there is one); <see cref="DuplicateIds"/> are the other sources' records for the
/// same vulnerability, merged by aliases. <see cref="FixedVersion"/> is the lowest version above
/// the current one that fixes it, or null when no fix is known.
/// </summary>
public sealed record AdvisoryMatch(OsvRecord Record, string? FixedVersion, AdvisorySeverity? Severity)
{
    public IReadOnlyList<string> DuplicateIds { get; init; } = [];

    public string Id => Record.Id;

    /// <summary>Every name this vulnerability is known by: the ids of the merged records and their aliases.</summary>
    public IReadOnlySet<string> Names { get; init; } = new HashSet<string>(StringComparer.Ordinal);
}
