namespace Rampart.Core.Scanning;

/// <summary>A file or directory the scan did not read, and why.</summary>
public sealed record SkippedFile(string Path, SkipReason Reason, string Detail);
