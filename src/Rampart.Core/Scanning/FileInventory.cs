namespace Rampart.Core.Scanning;

/// <summary>What the walker found under the scan root, in path order.</summary>
public sealed record FileInventory(IReadOnlyList<RepoFile> Files, IReadOnlyList<SkippedFile> Skipped);
