using Rampart.Pipeline.Containers;

namespace Rampart.Pipeline.Hygiene;

/// <summary>The ecosystems a dependency bot should cover, and which of them a repository uses.</summary>
internal static class DependencyEcosystems
{
    public static IReadOnlyList<DependencyEcosystem> All { get; } =
    [
        new("npm", path => NameOf(path) == "package.json") { AlsoCoveredBy = ["bun"], RenovateManagers = ["npm"] },
        new("nuget", path => NameOf(path) is "packages.config" or "Directory.Packages.props" || Path.GetExtension(path) is ".csproj" or ".fsproj" or ".vbproj") { RenovateManagers = ["nuget"] },
        new("pip", path => NameOf(path) is "pyproject.toml" or "Pipfile" or "setup.py" or "setup.cfg" || PythonRequirements.IsRequirementsFile(path))
        {
            AlsoCoveredBy = ["uv"],
            RenovateManagers = ["pip_requirements", "pip_setup", "pip-compile", "pipenv", "poetry", "pep621", "setup-cfg"],
        },
        new("docker", ContainerFileNames.IsDockerfile) { RenovateManagers = ["dockerfile"] },
        new("github-actions", path => path.StartsWith(".github/workflows/", StringComparison.Ordinal) && Path.GetExtension(path) is ".yml" or ".yaml") { RenovateManagers = ["github-actions"] },
        new("gomod", path => NameOf(path) == "go.mod") { RenovateManagers = ["gomod"] },
        new("cargo", path => NameOf(path) == "Cargo.toml") { RenovateManagers = ["cargo"] },
        new("maven", path => NameOf(path) == "pom.xml") { RenovateManagers = ["maven"] },
        new("gradle", path => NameOf(path) is "build.gradle" or "build.gradle.kts") { RenovateManagers = ["gradle"] },
        new("composer", path => NameOf(path) == "composer.json") { RenovateManagers = ["composer"] },
        new("bundler", path => NameOf(path) == "Gemfile") { RenovateManagers = ["bundler"] },
    ];

    /// <summary>The ecosystems whose manifests are in the tree (vendored copies aside), in <see cref="All"/> order.</summary>
    public static IReadOnlyList<DependencyEcosystem> PresentIn(RepositoryLayout layout) =>
        [.. All.Where(e => layout.Files.Any(f => !RepositoryLayout.IsVendored(f.Path) && e.IsManifest(f.Path)))];

    private static string NameOf(string path) => Path.GetFileName(path);
}
