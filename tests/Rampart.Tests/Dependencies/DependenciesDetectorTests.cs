using Rampart.Core.Findings;
using Rampart.Dependencies;
using Rampart.Tests.TestSupport;

namespace Rampart.Tests.Dependencies;

/// <summary>The dependencies detector end to end: real lockfiles, the embedded advisory snapshot, a fresh store.</summary>
public sealed class DependenciesDetectorTests : IDisposable
{
    private readonly TempTree _cache = new();

    private DependenciesDetector Detector() => new(_cache.PathOf("advisories.db"));

    public void Dispose() => _cache.Dispose();

    [Fact]
    public async Task A_locked_vulnerable_package_is_reported_with_its_fix_and_advisories()
    {
        var report = await FixtureScan.ScanAsync(Path.Combine(RepoPaths.Fixtures, "Dependencies", "Npm", "npm-lock-v3"), Detector());

        // The fixture also has lodash 4.17.21 under an npm: alias; each version is its own finding.
        Assert.Equal(2, report.Findings.Count(f => ((DependencyEvidence)f.Evidence!).Package == "lodash"));
        var lodash = Assert.Single(report.Findings, f => ((DependencyEvidence)f.Evidence!).Version == "4.17.20");
        var evidence = (DependencyEvidence)lodash.Evidence!;
        Assert.Equal((DependencyRules.VulnerableDependency.Id, "npm", "4.17.20"), (lodash.RuleId, evidence.Ecosystem, evidence.Version));
        Assert.Contains("GHSA-35jh-r3h4-6jhm", evidence.AdvisoryIds);
        Assert.Equal("4.18.0", evidence.FixedVersion);
        Assert.Equal("package-lock.json", lodash.Location.Path);
        Assert.Contains(report.Warnings, w => w.Message.StartsWith("advisory data: 3631 records (embedded snapshot", StringComparison.Ordinal));
        // The snapshot's newest record is from 2026-08-22: its age, not today's import, decides.
        Assert.Contains(report.Warnings, w => w.Message.Contains(" days old: vulnerabilities published since are not known", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_nuget_project_without_a_lockfile_is_matched_at_its_declared_minimum()
    {
        using var tree = new TempTree().Write("Api/Api.csproj", """
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <ItemGroup>
                <PackageReference Include="newtonsoft.json" Version="12.0.1" />
              </ItemGroup>
            </Project>
            """);

        var report = await FixtureScan.ScanAsync(tree.Root, Detector());

        var finding = Assert.Single(report.Findings);
        Assert.Contains("no lockfile: NuGet restores the declared minimum", finding.Message);
        Assert.Equal(Confidence.Medium, finding.Confidence);
        Assert.Equal(("Api/Api.csproj", 3), (finding.Location.Path, finding.Location.Line));
        Assert.Equal("13.0.1", ((DependencyEvidence)finding.Evidence!).FixedVersion);
    }

    [Fact]
    public async Task Npm_ranges_without_a_lockfile_are_not_guessed_but_counted()
    {
        using var tree = new TempTree().Write("package.json", "{ \"name\": \"x\", \"dependencies\": { \"lodash\": \"^4.17.0\" } }");

        var report = await FixtureScan.ScanAsync(tree.Root, Detector());

        Assert.Empty(report.Findings);
        Assert.Contains(report.Warnings, w => w.Message.StartsWith("1 declared package(s) have no lockfile", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_tree_without_packages_does_not_open_the_store()
    {
        using var tree = new TempTree().Write("README.md", "# notes\n");

        var report = await FixtureScan.ScanAsync(tree.Root, Detector());

        Assert.Empty(report.Findings);
        Assert.False(File.Exists(_cache.PathOf("advisories.db")));
    }
}
