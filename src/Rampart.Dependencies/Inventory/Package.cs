using Rampart.Core.Findings;

namespace Rampart.Dependencies.Inventory;

/// <summary>
/// One package a project uses, as one extractor read it from one file. <see cref="Version"/> is the
/// exact resolved version when a lockfile says it; otherwise null, and <see cref="DeclaredRange"/>
/// holds what the manifest asks for (a project-file version is a minimum).
/// </summary>
public sealed record Package(Ecosystem Ecosystem, string Name, string? Version)
{
    /// <summary>The range or requirement as written in a manifest (`^1.2.0`, `>=2,<3`, `[1.0,)`).</summary>
    public string? DeclaredRange { get; init; }

    /// <summary>Declared by the project itself, not pulled in by another package.</summary>
    public bool IsDirect { get; init; }

    /// <summary>Only needed to develop or test (devDependencies, dev groups, PrivateAssets test packages).</summary>
    public bool IsDev { get; init; }

    /// <summary>Where it is declared or locked (file relative to the scan root, and line).</summary>
    public required SourceLocation Location { get; init; }

    /// <summary>For a transitive package: the direct dependencies that bring it in.</summary>
    public IReadOnlyList<string> IntroducedBy { get; init; } = [];

    /// <summary>True when <see cref="Version"/> is exact (from a lockfile or an exact pin).</summary>
    public bool IsResolved => Version is not null;
}
