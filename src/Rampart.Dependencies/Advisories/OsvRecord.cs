using System.Text.Json;

namespace Rampart.Dependencies.Advisories;

/// <summary>One OSV advisory (https://ossf.github.io/osv-schema/), as read by <see cref="OsvParser"/>.</summary>
public sealed record OsvRecord
{
    public required string Id { get; init; }

    public IReadOnlyList<string> Aliases { get; init; } = [];

    public string? Summary { get; init; }

    public string? Details { get; init; }

    public DateTimeOffset? Modified { get; init; }

    public DateTimeOffset? Published { get; init; }

    public DateTimeOffset? Withdrawn { get; init; }

    public IReadOnlyList<OsvSeverity> Severity { get; init; } = [];

    public IReadOnlyList<OsvAffected> Affected { get; init; } = [];

    public IReadOnlyList<OsvReference> References { get; init; } = [];

    public JsonElement? DatabaseSpecific { get; init; }

    public bool IsWithdrawn => Withdrawn is not null;

    /// <summary>The record's own rating (GHSA `database_specific.severity`: LOW, MODERATE, HIGH, CRITICAL), if any.</summary>
    public string? DatabaseSeverity => OsvJson.StringProperty(DatabaseSpecific, "severity");
}
