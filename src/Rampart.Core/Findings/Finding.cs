namespace Rampart.Core.Findings;

/// <summary>
/// One problem found by a detector. Immutable; the scan engine may return copies with a
/// changed severity (config re-rating) or an attached snippet.
/// </summary>
public sealed record Finding
{
    public required RuleId RuleId { get; init; }

    public required Severity Severity { get; init; }

    public required Confidence Confidence { get; init; }

    public required string Message { get; init; }

    public required SourceLocation Location { get; init; }

    public IReadOnlyList<SourceLocation> RelatedLocations { get; init; } = [];

    /// <summary>See <see cref="Findings.Fingerprint"/>: stable across line moves.</summary>
    public required string Fingerprint { get; init; }

    public Evidence? Evidence { get; init; }

    /// <summary>How to fix this occurrence; falls back to the rule's remediation when null.</summary>
    public string? Remediation { get; init; }

    /// <summary>Source lines around the primary location, with any secret masked.</summary>
    public Snippet? Snippet { get; init; }

    public DetectorFamily Family => RuleId.Family;
}
