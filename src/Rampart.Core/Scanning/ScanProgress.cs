namespace Rampart.Core.Scanning;

/// <summary>A progress step: which stage runs and how many of the total are done.</summary>
public sealed record ScanProgress(string Stage, int Completed, int Total);
