using System.Text.RegularExpressions;
using Rampart.Core.Findings;
using Rampart.Core.Scanning;
using Rampart.Pipeline.Containers;

namespace Rampart.Pipeline.Hygiene;

/// <summary>
/// What the files of a repository say about its delivery setup: CI systems, deploy targets,
/// project manifests and tests. The name lists are the vocabulary of the hygiene checks.
/// </summary>
internal sealed partial class RepositoryLayout
{
    private static readonly string[] CiFiles =
    [
        ".gitlab-ci.yml", "azure-pipelines.yml", "azure-pipelines.yaml", "bitbucket-pipelines.yml",
        ".circleci/config.yml", ".circleci/config.yaml", "Jenkinsfile", ".travis.yml", ".drone.yml",
        "buildkite.yml", ".buildkite/pipeline.yml", "appveyor.yml", ".woodpecker.yml",
    ];

    private static readonly string[] DeployFiles =
    [
        "vercel.json", "netlify.toml", "fly.toml", "render.yaml", "Procfile", "app.yaml", "railway.json",
        "railway.toml", "docker-compose.yml", "docker-compose.yaml", "compose.yml", "compose.yaml",
    ];

    private static readonly string[] ManifestNames = ["package.json", "pyproject.toml", "requirements.txt", "go.mod", "Cargo.toml", "pom.xml"];

    private readonly HashSet<string> _paths;

    private RepositoryLayout(IReadOnlyList<RepoFile> files)
    {
        Files = files;
        _paths = new HashSet<string>(files.Select(f => f.Path), StringComparer.Ordinal);
    }

    public IReadOnlyList<RepoFile> Files { get; }

    public static RepositoryLayout Of(IReadOnlyList<RepoFile> files) => new(files);

    public IEnumerable<RepoFile> CiConfigurations => Files.Where(f => IsCiConfiguration(f.Path));

    public IEnumerable<RepoFile> DeployConfigurations => Files.Where(f => DeployFiles.Contains(f.Name, StringComparer.Ordinal));

    /// <summary>Files that declare a project: where a repository-level finding is best anchored.</summary>
    public IEnumerable<RepoFile> ProjectManifests => Files
        .Where(f => ManifestNames.Contains(f.Name, StringComparer.Ordinal) || f.Extension is ".csproj" or ".fsproj" or ".vbproj" or ".sln" or ".slnx")
        .OrderBy(f => f.Path.Count(c => c == '/'))
        .ThenBy(f => f.Path, StringComparer.Ordinal);

    /// <summary>A folder with no manifest and no deploy configuration (notes, docs) is not an app to gate.</summary>
    public bool HasProject => ProjectManifests.Any() || DeployConfigurations.Any();

    public IEnumerable<RepoFile> PackageJsonFiles => Files.Where(f => f.Name == "package.json" && !IsVendored(f.Path));

    public IEnumerable<RepoFile> DotnetProjects => Files.Where(f => f.Extension is ".csproj" or ".fsproj" or ".vbproj");

    /// <summary>Test files recognisable by name alone (JS/TS, Python, Go, Rust, Java).</summary>
    public IEnumerable<RepoFile> TestFilesByName => Files.Where(f => TestFileName().IsMatch(f.Path));

    /// <summary>Local composite actions: workflows call them, so their steps are part of what CI runs.</summary>
    public IEnumerable<RepoFile> CompositeActions => Files.Where(f => f.Path.StartsWith(".github/actions/", StringComparison.Ordinal) && f.Name is "action.yml" or "action.yaml");

    public IEnumerable<RepoFile> Dockerfiles => Files.Where(f => ContainerFileNames.IsDockerfile(f.Path) && !IsVendored(f.Path));

    /// <summary>
    /// Where a finding about the repository as a whole is anchored: the shallowest project
    /// manifest, else the first deploy configuration, else the root.
    /// </summary>
    public SourceLocation Anchor => new(ProjectManifests.FirstOrDefault()?.Path ?? DeployConfigurations.FirstOrDefault()?.Path ?? ".");

    public bool Contains(string path) => _paths.Contains(path);

    /// <summary>The first of <paramref name="names"/> present in <paramref name="directory"/> or any folder above it.</summary>
    public string? FindUpwards(string directory, IEnumerable<string> names)
    {
        var candidates = names.ToList();
        for (var folder = directory; ; folder = DirectoryOf(folder))
        {
            if (candidates.Select(n => folder.Length == 0 ? n : $"{folder}/{n}").FirstOrDefault(Contains) is { } found)
            {
                return found;
            }

            if (folder.Length == 0)
            {
                return null;
            }
        }
    }

    /// <summary>The folder of a path relative to the root, '' for the root itself.</summary>
    public static string DirectoryOf(string path) => path.LastIndexOf('/') is var slash and >= 0 ? path[..slash] : string.Empty;

    /// <summary>Third-party code installed into the tree, not the repository's own files.</summary>
    public static bool IsVendored(string path) => path.StartsWith("node_modules/", StringComparison.Ordinal) || path.Contains("/node_modules/", StringComparison.Ordinal);

    private static bool IsCiConfiguration(string path) =>
        CiFiles.Contains(path, StringComparer.Ordinal)
        || (path.StartsWith(".github/workflows/", StringComparison.Ordinal) && path.EndsWith(".yml", StringComparison.Ordinal))
        || (path.StartsWith(".github/workflows/", StringComparison.Ordinal) && path.EndsWith(".yaml", StringComparison.Ordinal))
        || path.StartsWith(".azure-pipelines/", StringComparison.Ordinal);

    [GeneratedRegex(@"(^|/)(__tests__/.+\.[cm]?[jt]sx?|[^/]+\.(test|spec)\.[cm]?[jt]sx?|test_[^/]+\.py|[^/]+_test\.(py|go)|conftest\.py|tests/[^/]+\.rs|src/test/java/.+\.java)$", RegexOptions.CultureInvariant)]
    private static partial Regex TestFileName();
}
