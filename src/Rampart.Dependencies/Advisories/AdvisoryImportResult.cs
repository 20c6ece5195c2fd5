namespace Rampart.Dependencies.Advisories;

/// <summary>What one import did: records written, records already up to date, and documents skipped (one line each).</summary>
public sealed record AdvisoryImportResult(int Imported, int Unchanged, IReadOnlyList<string> Problems);
