namespace Rampart.Dependencies.Advisories;

/// <summary>An OSV reference link (ADVISORY, WEB, PACKAGE, FIX, ...).</summary>
public sealed record OsvReference(string Type, string Url);
