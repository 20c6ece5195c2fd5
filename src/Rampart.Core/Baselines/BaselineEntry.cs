namespace Rampart.Core.Baselines;

/// <summary>One accepted finding: the fingerprint decides; rule and path are there for people reading the file.</summary>
public sealed record BaselineEntry(string Fingerprint, string Rule, string Path);
