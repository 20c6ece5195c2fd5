using Rampart.Core.Findings;
using Rampart.Dependencies.Inventory;

namespace Rampart.Dependencies.Sbom;

/// <summary>
/// One package of the inventory after merging every file that mentions it (a lockfile, the
/// project file, the assets file): one entry per ecosystem, name and resolved version, or one
/// per ecosystem and name when no file resolves it (<see cref="Version"/> is then null).
/// </summary>
public sealed record SbomComponent(Ecosystem Ecosystem, string Name, string? Version)
{
    /// <summary>The ranges manifests ask for, for a package no lockfile resolves.</summary>
    public IReadOnlyList<string> DeclaredRanges { get; init; } = [];

    public bool IsDirect { get; init; }

    /// <summary>True only when every file that mentions it says it is a development dependency.</summary>
    public bool IsDev { get; init; }

    /// <summary>Every place it is declared or locked, in path then line order.</summary>
    public IReadOnlyList<SourceLocation> Locations { get; init; } = [];

    /// <summary>For a transitive package: the names of the direct dependencies that bring it in.</summary>
    public IReadOnlyList<string> IntroducedBy { get; init; } = [];

    public string PackageUrl => Sbom.PackageUrl.For(Ecosystem, Name, Version);
}
