using Rampart.Core.Findings;

namespace Rampart.Dependencies.Extractors.Npm;

/// <summary>One block of a yarn.lock: the specs it satisfies and what it resolved to.</summary>
internal sealed record YarnLockEntry(IReadOnlyList<string> Specs, SourceLocation Location)
{
    public string? Version { get; set; }

    /// <summary>Berry only: <c>name@npm:1.2.3</c>, <c>name@workspace:.</c>, <c>name@patch:...</c>.</summary>
    public string? Resolution { get; set; }

    public List<(string Name, string Range)> Dependencies { get; } = [];
}
