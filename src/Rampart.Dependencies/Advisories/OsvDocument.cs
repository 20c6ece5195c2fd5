namespace Rampart.Dependencies.Advisories;

/// <summary>One JSON document to import: where it came from (for problem lines) and its text.</summary>
internal sealed record OsvDocument(string Source, string Json);
