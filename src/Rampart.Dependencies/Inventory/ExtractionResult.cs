namespace Rampart.Dependencies.Inventory;

/// <summary>What an extractor read from one file; problems are per entry, never a crash.</summary>
public sealed record ExtractionResult(IReadOnlyList<Package> Packages)
{
    /// <summary>Entries that could not be read (a malformed version, an unknown shape), each one line.</summary>
    public IReadOnlyList<string> Problems { get; init; } = [];
}
