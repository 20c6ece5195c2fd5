using System.Text.RegularExpressions;
using Rampart.Core.Findings;
using Rampart.Core.Scanning;

namespace Rampart.Pipeline.Hygiene;

/// <summary>
/// RMP-P007: a manifest that declares dependencies with no lockfile for them (npm, NuGet, Python,
/// Go), or a requirements file with unpinned lines. One finding per manifest, on the line that
/// declares the dependencies.
/// </summary>
internal static partial class MissingLockfileCheck
{
    public static async Task<IReadOnlyList<Finding>> CheckAsync(RepositoryLayout layout, ScanContext context, CancellationToken cancellationToken)
    {
        var findings = new List<Finding>();
        if (!layout.HasProject)
        {
            return findings;
        }

        foreach (var file in layout.Files.Where(f => !RepositoryLayout.IsVendored(f.Path)))
        {
            var directory = RepositoryLayout.DirectoryOf(file.Path);
            var check = file switch
            {
                { Name: "package.json" } when layout.FindUpwards(directory, Lockfiles.Npm) is null => Npm,
                { Extension: ".csproj" or ".fsproj" or ".vbproj" } when !layout.Contains(Join(directory, Lockfiles.NuGet)) => NuGet,
                { Name: "go.mod" } when !layout.Contains(Join(directory, Lockfiles.Go)) => Go,
                { Name: "Pipfile" } when !layout.Contains(Join(directory, "Pipfile.lock")) => Pipfile,
                // With requirements beside it, pyproject.toml is usually packaging metadata: the requirements are what gets installed.
                { Name: "pyproject.toml" } when !HasPythonLock(layout, directory) && !layout.Files.Any(f => RepositoryLayout.DirectoryOf(f.Path) == directory && PythonRequirements.IsRequirementsFile(f.Path)) => Pyproject,
                _ when PythonRequirements.IsRequirementsFile(file.Path) && !HasPythonLock(layout, directory) => Requirements,
                _ => (Func<FileText, Finding?>?)null,
            };
            if (check is not null && await context.ReadTextAsync(file, cancellationToken).ConfigureAwait(false) is { } text && check(text) is { } finding)
            {
                findings.Add(finding);
            }
        }

        return findings;
    }

    private static Finding? Npm(FileText text) =>
        FirstMatch(text, NpmDependencyKey()) is { } at
            ? Create(text, at, $"{text.Path} declares dependencies but no lockfile ({string.Join(", ", Lockfiles.Npm.Take(4))}) is committed beside it: every install may resolve different versions")
            : null;

    private static Finding? NuGet(FileText text) =>
        FirstMatch(text, PackageReference()) is { } at
            ? Create(text, at, $"{text.File.Name} restores NuGet packages without a {Lockfiles.NuGet}: transitive versions can change between restores (set RestorePackagesWithLockFile and commit the lockfile)")
            : null;

    private static Finding? Go(FileText text) =>
        FirstMatch(text, GoRequire()) is { } at
            ? Create(text, at, $"{text.Path} requires modules but no {Lockfiles.Go} is committed: module checksums are not verified")
            : null;

    private static Finding? Pipfile(FileText text) =>
        Create(text, FirstMatch(text, PipfilePackages()) ?? new SourceLocation(text.Path), $"{text.Path} has no Pipfile.lock: every install may resolve different versions");

    private static Finding? Pyproject(FileText text) =>
        FirstMatch(text, PyprojectDependencies()) is { } at
            ? Create(text, at, $"{text.Path} declares dependencies but no lockfile ({string.Join(", ", Lockfiles.Python)}) is committed: every install may resolve different versions")
            : null;

    private static Finding? Requirements(FileText text)
    {
        var unpinned = PythonRequirements.Unpinned(text);
        if (unpinned.Count == 0)
        {
            return null;
        }

        var (line, _) = unpinned[0];
        var content = text.Line(line);
        var start = content.Length - content.TrimStart().Length;
        var names = string.Join(", ", unpinned.Take(3).Select(u => u.Requirement)) + (unpinned.Count > 3 ? ", ..." : string.Empty);
        var location = text.LocationOf(text.Lines.LineStart(line) + start, content.Trim().Length);
        return Create(text, location, $"{text.Path} has {unpinned.Count} requirement(s) not pinned with == ({names}) and no lockfile: every install may resolve different versions");
    }

    private static Finding Create(FileText text, SourceLocation location, string message) =>
        PipelineFinding.Create(
            PipelineRules.MissingLockfile,
            location,
            message,
            "missing-lockfile",
            new PipelineEvidence("lockfile") { Observed = [$"manifest {text.Path}", "no lockfile"] });

    private static SourceLocation? FirstMatch(FileText text, Regex pattern) =>
        pattern.Match(text.Text) is { Success: true } match ? text.LocationOf(match.Index, match.Length) : null;

    private static bool HasPythonLock(RepositoryLayout layout, string directory) => layout.FindUpwards(directory, Lockfiles.Python) is not null;

    private static string Join(string directory, string name) => directory.Length == 0 ? name : $"{directory}/{name}";

    /// <summary>A non-empty dependency object: an empty one needs no lockfile.</summary>
    [GeneratedRegex(@"""(dependencies|devDependencies|optionalDependencies)""(?=\s*:\s*\{\s*"")", RegexOptions.CultureInvariant)]
    private static partial Regex NpmDependencyKey();

    [GeneratedRegex(@"<PackageReference\b", RegexOptions.CultureInvariant)]
    private static partial Regex PackageReference();

    [GeneratedRegex(@"^require\b", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex GoRequire();

    [GeneratedRegex(@"^\[(dev-)?packages\]", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex PipfilePackages();

    /// <summary>PEP 621 <c>dependencies = ["x"]</c> (not empty) or a Poetry dependency table.</summary>
    [GeneratedRegex(@"^(dependencies\s*=\s*\[\s*[""']|\[tool\.poetry\.(group\.\w+\.)?dependencies\])", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex PyprojectDependencies();
}
