using Rampart.Core.Scanning;
using Rampart.Dependencies.Extractors;
using Rampart.Dependencies.Inventory;
using Rampart.Tests.TestSupport;

namespace Rampart.Tests.Dependencies.Extractors;

/// <summary>
/// Runs extractors over a fixture folder (the folder is the scan root) and renders the inventory one
/// package a line: <c>name version-or-range direct|transitive prod|dev file:line introducedBy,...</c>.
/// </summary>
internal static class ExtractorFixture
{
    public const string ExpectedPackages = "expected-packages.txt";
    public const string ExpectedProblems = "expected-problems.txt";

    public static string Folder(string ecosystem, string name) => Path.Combine(RepoPaths.Fixtures, "Dependencies", ecosystem, name);

    public static TheoryData<string> Cases(string ecosystem) =>
        [.. Directory.GetDirectories(Path.Combine(RepoPaths.Fixtures, "Dependencies", ecosystem)).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    public static FileText Text(string relative, string text) => new(new RepoFile(relative, "/scan/" + relative, text.Length), text);

    public static Func<string, CancellationToken, Task<FileText?>> Siblings(IReadOnlyDictionary<string, string> files) =>
        (path, _) => Task.FromResult(files.TryGetValue(path, out var text) ? Text(path, text) : null);

    public static Func<string, CancellationToken, Task<FileText?>> Siblings(string root) =>
        (path, _) =>
        {
            var full = Path.Combine(root, path);
            return Task.FromResult(File.Exists(full) ? Text(path, File.ReadAllText(full)) : null);
        };

    public static async Task<(List<string> Packages, List<string> Problems)> RunAsync(string root, IReadOnlyList<IPackageExtractor> extractors)
    {
        var packages = new List<Package>();
        var problems = new List<string>();
        var files = Directory.GetFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith("expected-", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            foreach (var extractor in extractors.Where(e => e.Handles(file)))
            {
                var result = await extractor.ExtractAsync(Text(file, await File.ReadAllTextAsync(Path.Combine(root, file))), Siblings(root), CancellationToken.None);
                packages.AddRange(result.Packages);
                problems.AddRange(result.Problems);
            }
        }

        return (Render(packages), problems);
    }

    public static List<string> Render(IEnumerable<Package> packages) =>
        [.. packages
            .OrderBy(p => p.Location.Path, StringComparer.Ordinal)
            .ThenBy(p => p.Location.Line)
            .ThenBy(p => p.Name, StringComparer.Ordinal)
            .Select(Render)];

    public static string Render(Package p) =>
        $"{p.Name} {p.Version ?? p.DeclaredRange ?? "-"} {(p.IsDirect ? "direct" : "transitive")} {(p.IsDev ? "dev" : "prod")} "
        + $"{p.Location.Path}:{p.Location.Line} {(p.IntroducedBy.Count == 0 ? "-" : string.Join(',', p.IntroducedBy))}";

    /// <summary>Compares a fixture's whole inventory and problems with its expected files.</summary>
    public static async Task AssertMatchesAsync(string ecosystem, string name, IReadOnlyList<IPackageExtractor> extractors)
    {
        var root = Folder(ecosystem, name);
        var (packages, problems) = await RunAsync(root, extractors);
        var expectedProblemsPath = Path.Combine(root, ExpectedProblems);
        if (Environment.GetEnvironmentVariable("RAMPART_UPDATE_EXPECTED") == "1")
        {
            // Regenerates the expected files; review the diff before committing it.
            await File.WriteAllLinesAsync(Path.Combine(root, ExpectedPackages), packages);
            if (problems.Count > 0)
            {
                await File.WriteAllLinesAsync(expectedProblemsPath, problems);
            }
        }

        var expectedPackages = ReadLines(Path.Combine(root, ExpectedPackages));
        var expectedProblems = File.Exists(expectedProblemsPath) ? ReadLines(expectedProblemsPath) : [];
        Assert.Equal(string.Join('\n', expectedPackages), string.Join('\n', packages));
        Assert.Equal(string.Join('\n', expectedProblems), string.Join('\n', problems));
    }

    private static List<string> ReadLines(string path) =>
        [.. File.ReadAllLines(path).Where(l => l.Length > 0 && !l.StartsWith('#'))];
}
