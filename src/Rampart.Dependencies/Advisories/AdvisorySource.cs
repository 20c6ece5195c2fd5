namespace Rampart.Dependencies.Advisories;

/// <summary>One import into the store: the folder, zip or snapshot it came from and when.</summary>
public sealed record AdvisorySource(string Source, DateTimeOffset ImportedAt, int Records);
