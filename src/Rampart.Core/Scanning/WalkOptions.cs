namespace Rampart.Core.Scanning;

/// <summary>What the walker reads and what it leaves out.</summary>
public sealed record WalkOptions
{
    public const long DefaultMaxFileSize = 10 * 1024 * 1024;

    public long MaxFileSize { get; init; } = DefaultMaxFileSize;

    /// <summary>Extra exclusions from configuration, in gitignore syntax, relative to the root.</summary>
    public IReadOnlyList<string> ExcludePatterns { get; init; } = [];
}
