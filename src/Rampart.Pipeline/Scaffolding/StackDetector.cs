using System.Text.Json;
using System.Text.RegularExpressions;
using Rampart.Core.Scanning;
using Rampart.Pipeline.Hygiene;

namespace Rampart.Pipeline.Scaffolding;

/// <summary>
/// Finds the stacks of a repository from its file list and a few manifests: .NET (solutions and
/// projects), Node (package.json and the kind of its lockfile), Python (pyproject.toml,
/// requirements files, uv.lock, poetry.lock) and Docker (Dockerfiles).
/// </summary>
internal static partial class StackDetector
{
    private static readonly string[] TestPackages = ["Microsoft.NET.Test.Sdk", "xunit", "xunit.v3", "NUnit", "MSTest", "MSTest.TestFramework", "TUnit"];

    public static DetectedStacks Detect(ProjectTree tree) =>
        new(DetectDotnet(tree), DetectNode(tree), DetectPython(tree), DetectDocker(tree));

    private static DotnetStack? DetectDotnet(ProjectTree tree)
    {
        var projects = Shallowest(tree.OwnFiles.Where(f => f.Extension is ".csproj" or ".fsproj" or ".vbproj")).ToList();
        if (projects.Count == 0)
        {
            return null;
        }

        var solutions = Shallowest(tree.OwnFiles.Where(f => f.Extension is ".sln" or ".slnx")).ToList();
        var texts = projects.ToDictionary(p => p, p => tree.Read(p) ?? string.Empty, StringComparer.Ordinal);
        var testProjects = projects.Where(p => IsTestProject(texts[p])).ToList();
        var propsTexts = tree.OwnFiles.Where(f => f.Name == "Directory.Build.props").Select(f => tree.Read(f.Path) ?? string.Empty);
        var frameworks = texts.Values.Concat(propsTexts)
            .SelectMany(text => TargetFrameworkElement().Matches(text))
            .SelectMany(m => m.Groups["value"].Value.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Where(f => ModernFramework().IsMatch(f))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        var app = projects.FirstOrDefault(p => !testProjects.Contains(p)) ?? projects[0];
        return new DotnetStack(solutions, projects, testProjects, frameworks)
        {
            HasGlobalJson = tree.Layout.Contains("global.json"),
            CentralPackagesFile = tree.Layout.FindUpwards(RepositoryLayout.DirectoryOf(app), ["Directory.Packages.props"]),
            ProjectsWithoutLockfile = [.. projects.Where(p => !tree.Layout.Contains(ProjectTree.Join(RepositoryLayout.DirectoryOf(p), Lockfiles.NuGet)))],
        };
    }

    private static NodeStack? DetectNode(ProjectTree tree)
    {
        if (Shallowest(tree.Layout.PackageJsonFiles).FirstOrDefault() is not { } manifest)
        {
            return null;
        }

        var directory = RepositoryLayout.DirectoryOf(manifest);
        var lockfile = tree.Layout.FindUpwards(directory, Lockfiles.Npm);
        var (scripts, declaredManager) = ReadPackageJson(tree.Read(manifest));
        var manager = Path.GetFileName(lockfile) switch
        {
            "yarn.lock" => NodePackageManager.Yarn,
            "pnpm-lock.yaml" => NodePackageManager.Pnpm,
            "bun.lock" or "bun.lockb" => NodePackageManager.Bun,
            null => declaredManager,
            _ => NodePackageManager.Npm,
        };
        return new NodeStack(directory, manager, lockfile, scripts)
        {
            HasTests = tree.Layout.TestFilesByName.Any(f => IsUnder(f.Path, directory) && !RepositoryLayout.IsVendored(f.Path) && f.Extension is ".js" or ".jsx" or ".mjs" or ".cjs" or ".ts" or ".tsx" or ".mts" or ".cts"),
            VersionFile = FirstExisting(tree, directory, ".nvmrc", ".node-version"),
        };
    }

    private static PythonStack? DetectPython(ProjectTree tree)
    {
        var manifests = Shallowest(tree.OwnFiles.Where(f => f.Name is "pyproject.toml" or "uv.lock" or "poetry.lock" || IsTopLevelRequirements(f.Path))).ToList();
        if (manifests.Count == 0)
        {
            return null;
        }

        var directory = RepositoryLayout.DirectoryOf(manifests[0]);
        var requirements = tree.FilesIn(directory).Where(f => IsTopLevelRequirements(f.Path))
            .Select(f => f.Path)
            .OrderBy(p => Path.GetFileName(p) == "requirements.txt" ? 0 : 1)
            .ThenBy(p => p, StringComparer.Ordinal)
            .ToList();
        var installer = tree.Layout.FindUpwards(directory, [Lockfiles.Uv]) is not null ? PythonInstaller.Uv
            : tree.Layout.FindUpwards(directory, ["poetry.lock"]) is not null ? PythonInstaller.Poetry
            : PythonInstaller.Pip;
        var pyproject = ProjectTree.Join(directory, "pyproject.toml");
        var manifestTexts = requirements.Append(pyproject).Select(tree.Read).OfType<string>().ToList();
        return new PythonStack(directory, installer, requirements)
        {
            HasPyproject = tree.Layout.Contains(pyproject),
            RequirementsHaveHashes = requirements.Count > 0 && requirements.All(r => tree.Read(r)?.Contains("--hash=", StringComparison.Ordinal) == true),
            DeclaresPytest = manifestTexts.Any(text => PytestName().IsMatch(text)),
            HasTests = tree.Layout.TestFilesByName.Any(f => IsUnder(f.Path, directory) && f.Path.EndsWith(".py", StringComparison.Ordinal)),
            VersionFile = FirstExisting(tree, directory, ".python-version"),
        };
    }

    private static DockerStack? DetectDocker(ProjectTree tree)
    {
        var dockerfiles = tree.Layout.Dockerfiles.Select(f => f.Path).Order(StringComparer.Ordinal).ToList();
        return dockerfiles.Count == 0 ? null : new DockerStack(dockerfiles);
    }

    private static bool IsTestProject(string projectText) =>
        TestProjectMarker().IsMatch(projectText)
        || PackageReference().Matches(projectText).Any(m => TestPackages.Contains(m.Groups["name"].Value, StringComparer.OrdinalIgnoreCase));

    private static (IReadOnlyDictionary<string, string> Scripts, NodePackageManager Declared) ReadPackageJson(string? json)
    {
        var scripts = new Dictionary<string, string>(StringComparer.Ordinal);
        var declared = NodePackageManager.Npm;
        try
        {
            using var document = JsonDocument.Parse(json ?? "{}", new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("scripts", out var list) && list.ValueKind == JsonValueKind.Object)
            {
                foreach (var script in list.EnumerateObject().Where(s => s.Value.ValueKind == JsonValueKind.String))
                {
                    scripts[script.Name] = script.Value.GetString()!;
                }
            }

            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("packageManager", out var manager) && manager.ValueKind == JsonValueKind.String)
            {
                declared = manager.GetString()!.Split('@')[0] switch
                {
                    "yarn" => NodePackageManager.Yarn,
                    "pnpm" => NodePackageManager.Pnpm,
                    "bun" => NodePackageManager.Bun,
                    _ => NodePackageManager.Npm,
                };
            }
        }
        catch (JsonException)
        {
            // A package.json that is not JSON: the scan reports it; init assumes npm and no scripts.
        }

        return (scripts, declared);
    }

    private static IEnumerable<string> Shallowest(IEnumerable<RepoFile> files) =>
        files.Select(f => f.Path).OrderBy(p => p.Count(c => c == '/')).ThenBy(p => p, StringComparer.Ordinal);

    private static bool IsUnder(string path, string directory) => directory.Length == 0 || path.StartsWith(directory + "/", StringComparison.Ordinal);

    /// <summary>requirements*.txt files themselves, not the files of a requirements/ folder (those are included by -r).</summary>
    private static bool IsTopLevelRequirements(string path) => PythonRequirements.IsRequirementsFile(path) && Path.GetFileName(path).StartsWith("requirements", StringComparison.Ordinal);

    private static string? FirstExisting(ProjectTree tree, string directory, params string[] names) =>
        names.Select(n => ProjectTree.Join(directory, n)).Concat(names).FirstOrDefault(tree.Layout.Contains);

    [GeneratedRegex(@"<TargetFrameworks?>(?<value>[^<]+)</TargetFrameworks?>", RegexOptions.CultureInvariant)]
    private static partial Regex TargetFrameworkElement();

    [GeneratedRegex(@"^net\d+\.\d+", RegexOptions.CultureInvariant)]
    private static partial Regex ModernFramework();

    [GeneratedRegex(@"<PackageReference\s+Include\s*=\s*""(?<name>[^""]+)""", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PackageReference();

    [GeneratedRegex(@"<IsTestProject>\s*true\s*</IsTestProject>|Sdk\s*=\s*""MSTest\.Sdk", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TestProjectMarker();

    [GeneratedRegex(@"(^|[\s""'\[,])pytest\b", RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex PytestName();
}
