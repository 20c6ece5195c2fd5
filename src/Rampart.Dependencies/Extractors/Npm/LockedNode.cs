using Rampart.Core.Findings;

namespace Rampart.Dependencies.Extractors.Npm;

/// <summary>One locked package instance of an npm lockfile, with the ids of the nodes it depends on.</summary>
internal sealed record LockedNode(string Id, string Name, string Version, SourceLocation Location)
{
    /// <summary>The lockfile's own dev flag; null when the format does not say (derived from the graph).</summary>
    public bool? IsDev { get; init; }

    public List<string> Dependencies { get; } = [];
}
