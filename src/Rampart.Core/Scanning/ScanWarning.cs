namespace Rampart.Core.Scanning;

/// <summary>Something the user should know about the scan itself: a skipped file, a detector that failed.</summary>
public sealed record ScanWarning(string Message)
{
    /// <summary>The file concerned, relative to the root, when there is one.</summary>
    public string? Path { get; init; }

    /// <summary>The detector concerned, when there is one.</summary>
    public string? Detector { get; init; }

    /// <summary>True when the scan missed something it should have covered (exit code 3).</summary>
    public bool MakesScanIncomplete { get; init; }

    public override string ToString() => Path is null ? Message : $"{Path}: {Message}";
}
