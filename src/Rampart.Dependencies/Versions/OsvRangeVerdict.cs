namespace Rampart.Dependencies.Versions;

/// <summary>
/// Whether one version falls in one OSV range, and the events that could not be read (a malformed
/// version, an unknown kind): those were skipped, and the caller reports them.
/// </summary>
public sealed record OsvRangeVerdict(bool IsAffected, IReadOnlyList<string> Problems);
