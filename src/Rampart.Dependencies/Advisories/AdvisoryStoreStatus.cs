namespace Rampart.Dependencies.Advisories;

/// <summary>What the store holds: record counts (per OSV ecosystem) and where and when they were imported.</summary>
public sealed record AdvisoryStoreStatus(
    int Records,
    int Withdrawn,
    IReadOnlyDictionary<string, int> RecordsPerEcosystem,
    IReadOnlyList<AdvisorySource> Sources)
{
    /// <summary>When the newest advisory was last modified: how fresh the data is, whenever it was imported.</summary>
    public DateTimeOffset? NewestRecord { get; init; }

    /// <summary>The most recent import, or null for an empty store.</summary>
    public DateTimeOffset? LastImportedAt => Sources.Count == 0 ? null : Sources.Max(s => s.ImportedAt);

    /// <summary>How old the data is at <paramref name="now"/>, or null for an empty store.</summary>
    public TimeSpan? Age(DateTimeOffset now) => now - LastImportedAt;
}
