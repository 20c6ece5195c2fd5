using Rampart.Core.Scanning;
using Rampart.Dependencies.Extractors;
using Rampart.Dependencies.Extractors.Npm;
using Rampart.Dependencies.Inventory;
using Rampart.Tests.TestSupport;

namespace Rampart.Tests.Dependencies.Extractors.Npm;

/// <summary>
/// Each fixture folder holds one lockfile made by the real tool (or a package.json alone) and
/// expected-packages.txt, the whole inventory it must give; expected-problems.txt when there are any.
/// Set RAMPART_UPDATE_EXPECTED=1 to rewrite the expected files, then review the diff.
/// </summary>
public sealed class NpmExtractorFixtureTests
{
    private static readonly IPackageExtractor[] Extractors =
    [
        new PackageLockExtractor(), new YarnLockExtractor(), new PnpmLockExtractor(), new BunLockExtractor(), new PackageJsonExtractor(),
    ];

    private static string Root => Path.Combine(RepoPaths.Fixtures, "Dependencies", "Npm");

    public static TheoryData<string> Cases() => [.. Directory.GetDirectories(Root).Select(Path.GetFileName).Order(StringComparer.Ordinal).OfType<string>()];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Extracts_the_whole_inventory(string fixture)
    {
        var folder = Path.Combine(Root, fixture);
        var (extractor, fileName) = Extractors
            .SelectMany(e => Directory.GetFiles(folder).Select(Path.GetFileName).OfType<string>().Where(e.Handles).Select(f => (e, f)))
            .First();

        var result = await extractor.ExtractAsync(Read(folder, fileName)!, (path, _) => Task.FromResult(Read(folder, path)), CancellationToken.None);

        var actual = result.Packages.Select(Format).ToList();
        var problems = result.Problems.ToList();
        var expectedFile = Path.Combine(folder, "expected-packages.txt");
        var problemsFile = Path.Combine(folder, "expected-problems.txt");
        if (Environment.GetEnvironmentVariable("RAMPART_UPDATE_EXPECTED") == "1")
        {
            await File.WriteAllLinesAsync(expectedFile, actual);
            if (problems.Count > 0)
            {
                await File.WriteAllLinesAsync(problemsFile, problems);
            }
        }

        Assert.Equal(await File.ReadAllLinesAsync(expectedFile), actual);
        Assert.Equal(File.Exists(problemsFile) ? await File.ReadAllLinesAsync(problemsFile) : [], problems);
        Assert.All(result.Packages, p => Assert.Equal(Ecosystem.Npm, p.Ecosystem));
    }

    /// <summary><c>name version direct|transitive prod|dev line introducedBy,...</c>; an unresolved package shows <c>range=...</c>.</summary>
    internal static string Format(Package package) => string.Join(' ',
        package.Name,
        package.Version ?? "range=" + package.DeclaredRange,
        package.IsDirect ? "direct" : "transitive",
        package.IsDev ? "dev" : "prod",
        package.Location.Line,
        package.IntroducedBy.Count == 0 ? "-" : string.Join(',', package.IntroducedBy));

    private static FileText? Read(string folder, string relativePath)
    {
        var full = Path.Combine(folder, relativePath);
        return File.Exists(full) ? new FileText(new RepoFile(relativePath, full, new FileInfo(full).Length), File.ReadAllText(full)) : null;
    }
}
