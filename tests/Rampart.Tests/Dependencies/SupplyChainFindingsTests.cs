using Rampart.Core.Findings;
using Rampart.Dependencies;
using Rampart.Tests.TestSupport;

namespace Rampart.Tests.Dependencies;

/// <summary>RMP-D003 look-alikes and RMP-D004 confusion shapes through the dependencies detector, offline.</summary>
public sealed class SupplyChainFindingsTests : IDisposable
{
    private readonly TempTree _cache = new();

    private DependenciesDetector Detector() => new(_cache.PathOf("advisories.db"));

    public void Dispose() => _cache.Dispose();

    [Fact]
    public async Task Look_alikes_and_confusion_shapes_are_reported_where_they_are_declared()
    {
        var report = await FixtureScan.AssertMatchesMarkersAsync(Path.Combine(RepoPaths.Fixtures, "Dependencies", "Squatting"), Detector());

        var homoglyph = Assert.Single(report.Findings, f => f.Location.Path == "Api/Api.csproj" && f.RuleId == DependencyRules.TyposquatOfPopularPackage.Id);
        Assert.Equal((Severity.Critical, Confidence.High), (homoglyph.Severity, homoglyph.Confidence));
        Assert.Contains("U+043E", homoglyph.Message);
        Assert.Contains("Newtonsoft.Json", homoglyph.Message);
        Assert.Contains(report.Findings, f => f.Message.StartsWith("lodahs is 1 edit away from the popular package lodash", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_typo_locked_in_both_manifest_and_lockfile_is_one_finding_at_the_manifest()
    {
        using var tree = new TempTree()
            .Write("package.json", "{\n  \"name\": \"x\",\n  \"dependencies\": {\n    \"lodahs\": \"^4.17.21\"\n  }\n}\n")
            .Write("package-lock.json", """
                {
                  "name": "x",
                  "lockfileVersion": 3,
                  "requires": true,
                  "packages": {
                    "": { "name": "x", "dependencies": { "lodahs": "^4.17.21" } },
                    "node_modules/lodahs": { "version": "4.17.21", "resolved": "https://registry.npmjs.org/lodahs/-/lodahs-4.17.21.tgz" }
                  }
                }
                """);

        var report = await FixtureScan.ScanAsync(tree.Root, Detector());

        var finding = Assert.Single(report.Findings);
        Assert.Equal(("package.json", 4), (finding.Location.Path, finding.Location.Line));
        Assert.Equal("package-lock.json", Assert.Single(finding.RelatedLocations).Path);
    }

    [Fact]
    public async Task A_transitive_near_name_is_not_a_typo_but_a_transitive_homoglyph_is()
    {
        using var tree = new TempTree().Write("package-lock.json", """
            {
              "name": "x",
              "lockfileVersion": 3,
              "requires": true,
              "packages": {
                "": { "name": "x", "dependencies": { "@dnd-kit/core": "^6.1.0" } },
                "node_modules/@dnd-kit/core": { "version": "6.1.0", "dependencies": { "reqct": "1.0.0", "l0dash": "4.17.21" } },
                "node_modules/reqct": { "version": "1.0.0" },
                "node_modules/l0dash": { "version": "4.17.21" }
              }
            }
            """);

        var report = await FixtureScan.ScanAsync(tree.Root, Detector());

        Assert.DoesNotContain(report.Findings, f => ((DependencyEvidence)f.Evidence!).Package == "reqct");
        Assert.Single(report.Findings, f => ((DependencyEvidence)f.Evidence!).Package == "l0dash" && f.Severity == Severity.Critical);
    }

    [Fact]
    public async Task An_internal_name_served_by_a_private_registry_is_not_a_confusion_shape()
    {
        using var tree = new TempTree()
            .Write("package.json", "{ \"name\": \"x\", \"dependencies\": { \"billing-internal\": \"^1.0.0\" } }")
            .Write(".npmrc", "registry=https://npm.corp.example/\n");

        var report = await FixtureScan.ScanAsync(tree.Root, Detector());

        Assert.DoesNotContain(report.Findings, f => f.RuleId == DependencyRules.DependencyConfusionShape.Id);
    }
}
