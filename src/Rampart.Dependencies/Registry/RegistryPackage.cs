using Rampart.Dependencies.Inventory;

namespace Rampart.Dependencies.Registry;

/// <summary>A package as its registry describes it: when it first appeared and its versions.</summary>
public sealed record RegistryPackage(Ecosystem Ecosystem, string Name, IReadOnlyDictionary<string, RegistryVersion> Versions)
{
    /// <summary>The registry's creation date, else the earliest version date; null when it gives none.</summary>
    public DateTimeOffset? FirstPublished { get; init; }
}
