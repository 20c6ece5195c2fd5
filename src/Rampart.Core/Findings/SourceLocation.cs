namespace Rampart.Core.Findings;

/// <summary>
/// A place in the scanned tree. <see cref="Path"/> is relative to the scan root with '/' separators;
/// lines and columns are 1-based; 0 means "the whole file".
/// </summary>
public sealed record SourceLocation(string Path, int Line = 0, int Column = 0, int EndLine = 0, int EndColumn = 0)
{
    /// <summary>What this location is, for related locations ("also committed here").</summary>
    public string? Label { get; init; }

    /// <summary>The commit this location is in, when it is in git history rather than the working tree.</summary>
    public string? Revision { get; init; }

    public bool HasLine => Line > 0;

    public override string ToString() => HasLine ? $"{Path}:{Line}" : Path;
}
