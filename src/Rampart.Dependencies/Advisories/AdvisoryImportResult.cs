namespace Rampart.Dependencies.Advisories;

/// <summary>What one import did: records written, records already up to date, and documents skipped (one line each).</summary>
public sealed record AdvisoryImportResult(int Imported, int Unchanged, IReadOnlyList<string> Problems)
{
    /// <summary>How many of <see cref="Imported"/> replaced an older version of a stored record.</summary>
    public int Updated { get; init; }

    /// <summary>Records the store did not hold before.</summary>
    public int Added => Imported - Updated;
}
