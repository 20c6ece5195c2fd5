using System.Text.RegularExpressions;
using Rampart.Pipeline.Hygiene;

namespace Rampart.Pipeline.Scaffolding;

/// <summary>
/// The .NET part of <c>init</c>: a first xunit project when there are no tests, the solution CI
/// builds (created when several projects have none), and RestorePackagesWithLockFile merged into
/// the Directory.Build.props each project reads.
/// </summary>
internal static partial class DotnetScaffold
{
    private const string DefaultTargetFramework = "net10.0";

    /// <summary>Adds the .NET files to the draft; returns what CI restores, builds and tests (a solution or project).</summary>
    public static string Add(ProjectTree tree, DotnetStack dotnet, ScaffoldDraft draft)
    {
        var testProject = dotnet.HasTests ? null : AddTestProject(tree, dotnet, draft);
        var projects = testProject is null ? dotnet.Projects : [.. dotnet.Projects, testProject];
        var entry = AddSolution(tree, dotnet, projects, testProject, draft);
        foreach (var props in projects.Select(p => tree.Layout.FindUpwards(RepositoryLayout.DirectoryOf(p), ["Directory.Build.props"]) ?? "Directory.Build.props").Distinct(StringComparer.Ordinal))
        {
            draft.Files.Add(ScaffoldFile.Merged(props, "RestorePackagesWithLockFile", MergeLockfileProperty));
        }

        if (testProject is not null || dotnet.ProjectsWithoutLockfile.Count > 0)
        {
            draft.NextSteps.Add($"dotnet restore {ShellWords.Quote(entry)}   # writes packages.lock.json for each project: commit them, CI restores in locked mode");
            draft.DotnetRestoreEntry = entry;
        }

        return entry;
    }

    private static string? AddTestProject(ProjectTree tree, DotnetStack dotnet, ScaffoldDraft draft)
    {
        var app = dotnet.AppProject!;
        if (RepositoryLayout.DirectoryOf(app).Length == 0)
        {
            draft.Notes.Add($"no .NET test project: {app} is at the root, so it would compile a tests/ folder into the app; move it to src/ (or add <Compile Remove=\"tests/**\" /> to it) and run init again");
            return null;
        }

        var appText = tree.Read(app) ?? string.Empty;
        var assembly = AssemblyName().Match(appText) is { Success: true } named ? named.Groups["value"].Value.Trim() : Path.GetFileNameWithoutExtension(app);
        var folder = $"tests/{Path.GetFileNameWithoutExtension(app)}.Tests";
        var project = $"{folder}/{Path.GetFileName(folder)}.csproj";
        var packages = ScaffoldTemplates.Lines("dotnet/test-packages.txt").Select(l => l.Split(' ')).Select(p => (Name: p[0], Version: p[1])).ToList();
        var central = dotnet.CentralPackagesFile;
        draft.Files.Add(ScaffoldFile.Owned(project, "xunit smoke test project", ScaffoldTemplates.Render("dotnet/Tests.csproj", new Dictionary<string, string>
        {
            ["target-framework"] = FirstFramework(appText) ?? dotnet.TargetFrameworks.FirstOrDefault() ?? DefaultTargetFramework,
            ["package-references"] = string.Concat(packages.Select(p => central is null
                ? $"    <PackageReference Include=\"{p.Name}\" Version=\"{p.Version}\" />\n"
                : $"    <PackageReference Include=\"{p.Name}\" />\n")),
            ["app-project"] = Path.GetRelativePath(folder, app).Replace('\\', '/'),
        })));
        draft.Files.Add(ScaffoldFile.Owned($"{folder}/SmokeTests.cs", "first smoke test", ScaffoldTemplates.Render("dotnet/SmokeTests.cs", new Dictionary<string, string>
        {
            ["namespace"] = NamespaceOf(Path.GetFileName(folder)),
            ["assembly"] = assembly,
        })));
        if (central is not null)
        {
            draft.Files.Add(ScaffoldFile.Merged(central, "test package versions", existing =>
            {
                var text = existing ?? string.Empty;
                var missing = packages.Where(p => !text.Contains($"\"{p.Name}\"", StringComparison.OrdinalIgnoreCase)).ToList();
                return missing.Count == 0 ? text : XmlFileMerge.InsertBeforeClosingTag(text, "</Project>",
                    "  <ItemGroup>\n" + string.Concat(missing.Select(p => $"    <PackageVersion Include=\"{p.Name}\" Version=\"{p.Version}\" />\n")) + "  </ItemGroup>\n");
            }));
        }

        return project;
    }

    /// <summary>The solution CI builds: the shallowest one, else the only project, else a new .slnx listing all projects.</summary>
    private static string AddSolution(ProjectTree tree, DotnetStack dotnet, IReadOnlyList<string> projects, string? testProject, ScaffoldDraft draft)
    {
        if (dotnet.Solutions.Count > 0)
        {
            var solution = dotnet.Solutions[0];
            if (testProject is null)
            {
                return solution;
            }

            if (solution.EndsWith(".slnx", StringComparison.OrdinalIgnoreCase))
            {
                var path = Path.GetRelativePath(RepositoryLayout.DirectoryOf(solution) is { Length: > 0 } d ? d : ".", testProject).Replace('\\', '/');
                draft.Files.Add(ScaffoldFile.Merged(solution, "test project added", existing =>
                    existing is null || existing.Contains($"\"{path}\"", StringComparison.Ordinal) ? existing ?? string.Empty
                        : XmlFileMerge.InsertBeforeClosingTag(existing, "</Solution>", $"  <Project Path=\"{path}\" />\n")));
            }
            else
            {
                draft.NextSteps.Add($"dotnet sln {ShellWords.Quote(solution)} add {ShellWords.Quote(testProject)}   # so CI builds and runs the new test project");
            }

            return solution;
        }

        if (projects.Count == 1)
        {
            return projects[0];
        }

        var name = $"{Path.GetFileNameWithoutExtension(dotnet.AppProject ?? projects[0])}.slnx";
        draft.Files.Add(ScaffoldFile.Owned(name, "solution CI builds", ScaffoldTemplates.Render("dotnet/solution.slnx", new Dictionary<string, string>
        {
            ["projects"] = string.Concat(projects.Select(p => $"  <Project Path=\"{p}\" />\n")),
        })));
        return name;
    }

    private static string MergeLockfileProperty(string? existing)
    {
        var fragment = ScaffoldTemplates.Text("dotnet/lockfile-property.xml");
        if (existing is null)
        {
            return ScaffoldTemplates.Render("dotnet/Directory.Build.props", new Dictionary<string, string> { ["property-group"] = fragment });
        }

        return existing.Contains("<RestorePackagesWithLockFile", StringComparison.OrdinalIgnoreCase) ? existing : XmlFileMerge.InsertBeforeClosingTag(existing, "</Project>", fragment);
    }

    private static string? FirstFramework(string projectText) =>
        TargetFramework().Match(projectText) is { Success: true } match ? match.Groups["value"].Value.Split(';')[0].Trim() : null;

    /// <summary>A C# namespace from a project name: characters C# does not allow become '_'.</summary>
    private static string NamespaceOf(string name) =>
        string.Join('.', name.Split('.').Select(part => NotIdentifier().Replace(part, "_")).Select(part => part.Length == 0 || char.IsDigit(part[0]) ? "_" + part : part));

    [GeneratedRegex(@"<AssemblyName>(?<value>[^<]+)</AssemblyName>", RegexOptions.CultureInvariant)]
    private static partial Regex AssemblyName();

    [GeneratedRegex(@"<TargetFrameworks?>(?<value>[^<]+)</TargetFrameworks?>", RegexOptions.CultureInvariant)]
    private static partial Regex TargetFramework();

    [GeneratedRegex(@"[^A-Za-z0-9_]", RegexOptions.CultureInvariant)]
    private static partial Regex NotIdentifier();
}
