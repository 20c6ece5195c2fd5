namespace Rampart.Dependencies.Advisories;

/// <summary>An OSV `severity` entry: a type (CVSS_V3, CVSS_V4, ...) and its vector.</summary>
public sealed record OsvSeverity(string Type, string Score);
