using Rampart.Dependencies.Extractors;
using Rampart.Dependencies.Extractors.NuGet;

namespace Rampart.Tests.Dependencies.Extractors.NuGet;

/// <summary>Edge cases of the NuGet formats; the fixtures (real restores) cover the ordinary shapes.</summary>
public sealed class NuGetExtractorTests
{
    private static async Task<(List<string> Packages, IReadOnlyList<string> Problems)> ExtractAsync(IPackageExtractor extractor, string path, Dictionary<string, string> files)
    {
        var result = await extractor.ExtractAsync(ExtractorFixture.Text(path, files[path]), ExtractorFixture.Siblings(files), CancellationToken.None);
        return (ExtractorFixture.Render(result.Packages), result.Problems);
    }

    [Theory]
    [InlineData("src/App/packages.lock.json", nameof(PackagesLockJsonExtractor))]
    [InlineData("src/App/obj/project.assets.json", nameof(ProjectAssetsJsonExtractor))]
    [InlineData("src/App/App.csproj", nameof(ProjectFileExtractor))]
    [InlineData("src/Lib/Lib.fsproj", nameof(ProjectFileExtractor))]
    [InlineData("web/packages.config", nameof(PackagesConfigExtractor))]
    [InlineData("publish/App.deps.json", nameof(DepsJsonExtractor))]
    public void Each_file_has_exactly_one_extractor(string path, string extractor) =>
        Assert.Equal([extractor], NuGetExtractors.All.Where(e => e.Handles(path)).Select(e => e.GetType().Name));

    public static TheoryData<string, string, string> Malformed => new()
    {
        { nameof(PackagesLockJsonExtractor), "packages.lock.json", "{\"version\": 1, \"dependencies\": {" },
        { nameof(ProjectAssetsJsonExtractor), "obj/project.assets.json", "{\"libraries\": [1, 2" },
        { nameof(DepsJsonExtractor), "App.deps.json", "not json" },
        { nameof(PackagesConfigExtractor), "packages.config", "<packages><package id=\"x\"" },
        { nameof(ProjectFileExtractor), "App.csproj", "<Project><ItemGroup>" },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public async Task Malformed_files_are_one_problem_not_an_exception(string extractorName, string path, string text)
    {
        var extractor = NuGetExtractors.All.Single(e => e.GetType().Name == extractorName);

        var (packages, problems) = await ExtractAsync(extractor, path, new() { [path] = text });

        Assert.Empty(packages);
        Assert.Single(problems);
        Assert.StartsWith($"{path}: not valid", problems[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lock_file_ids_differing_in_case_across_frameworks_are_one_package_kept_as_first_written()
    {
        // NuGet ids are case-insensitive: "newtonsoft.json" and "Newtonsoft.Json" are one package.
        var (packages, problems) = await ExtractAsync(new PackagesLockJsonExtractor(), "packages.lock.json", new()
        {
            ["packages.lock.json"] = """
                {
                  "version": 1,
                  "dependencies": {
                    "net8.0": {
                      "Newtonsoft.Json": { "type": "Direct", "requested": "[12.0.1, )", "resolved": "12.0.1" },
                      "Broken": { "type": "Transitive", "resolved": "not-a-version" },
                      "Other.Project": { "type": "Project" }
                    },
                    "net10.0": {
                      "newtonsoft.json": { "type": "Transitive", "resolved": "12.0.1" }
                    }
                  }
                }
                """,
        });

        Assert.Equal(["Newtonsoft.Json 12.0.1 direct prod packages.lock.json:5 -"], packages);
        Assert.Equal(["packages.lock.json:6: Broken has no valid resolved version (not-a-version)"], problems);
    }

    [Fact]
    public async Task Project_file_takes_the_nearest_central_versions_and_reports_missing_ones()
    {
        var (packages, problems) = await ExtractAsync(new ProjectFileExtractor(), "src/App/App.csproj", new()
        {
            ["src/App/App.csproj"] = """
                <Project Sdk="Microsoft.NET.Sdk">
                  <ItemGroup>
                    <PackageReference Include="Serilog" />
                    <PackageReference Include="Polly">
                      <VersionOverride>8.4.0</VersionOverride>
                    </PackageReference>
                    <PackageReference Include="Unknown.Package" />
                    <PackageReference Include="Dapper" Version="$(DapperVersion)" />
                  </ItemGroup>
                </Project>
                """,
            ["src/Directory.Packages.props"] = """
                <Project>
                  <ItemGroup>
                    <PackageVersion Include="serilog" Version="4.0.0" />
                    <PackageVersion Include="Polly" Version="7.2.4" />
                    <GlobalPackageReference Include="StyleCop.Analyzers" Version="1.1.118" />
                  </ItemGroup>
                </Project>
                """,
            ["Directory.Packages.props"] = """
                <Project>
                  <ItemGroup>
                    <PackageVersion Include="Serilog" Version="2.0.0" />
                  </ItemGroup>
                </Project>
                """,
        });

        Assert.Equal(
        [
            "Serilog 4.0.0 direct prod src/App/App.csproj:3 -",
            "Polly 8.4.0 direct prod src/App/App.csproj:4 -",
            "StyleCop.Analyzers 1.1.118 direct dev src/Directory.Packages.props:5 -",
        ], packages);
        Assert.Equal(
        [
            "src/App/App.csproj:7: Unknown.Package has no usable version (none, and no central PackageVersion)",
            "src/App/App.csproj:8: Dapper has no usable version ($(DapperVersion))",
        ], problems);
    }

    [Fact]
    public async Task Project_file_versions_are_minimums_never_resolved()
    {
        var result = await new ProjectFileExtractor().ExtractAsync(
            ExtractorFixture.Text("App.csproj", "<Project><ItemGroup><PackageReference Include=\"Serilog\" Version=\"1.0\" /></ItemGroup></Project>"),
            ExtractorFixture.Siblings(new Dictionary<string, string>()),
            CancellationToken.None);

        var package = Assert.Single(result.Packages);
        Assert.Null(package.Version);
        Assert.False(package.IsResolved);
        Assert.Equal("1.0", package.DeclaredRange);
        Assert.Empty(result.Problems);
    }

    [Fact]
    public async Task Packages_config_reports_bad_entries_and_keeps_the_rest()
    {
        var (packages, problems) = await ExtractAsync(new PackagesConfigExtractor(), "packages.config", new()
        {
            ["packages.config"] = "<?xml version=\"1.0\"?>\n<packages>\n  <package id=\"jQuery\" version=\"three\" />\n  <package version=\"1.0.0\" />\n  <package id=\"log4net\" version=\"2.0.8\" />\n</packages>\n",
        });

        Assert.Equal(["log4net 2.0.8 direct prod packages.config:5 -"], packages);
        Assert.Equal(
        [
            "packages.config:3: package jQuery has no valid version (three)",
            "packages.config:4: package without an id",
        ], problems);
    }
}
