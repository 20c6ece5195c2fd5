using Rampart.Pipeline.Hygiene;
using Rampart.Tests.TestSupport;

namespace Rampart.Tests.Pipeline;

public sealed class RepositoryHygieneDetectorTests
{
    public static TheoryData<string> Fixtures() => [.. Directory.GetDirectories(Path.Combine(RepoPaths.Fixtures, "Pipeline")).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Fixtures))]
    public Task Fixture_findings_match_the_expectations_next_to_it(string fixture) =>
        FixtureScan.AssertMatchesExpectationsAsync(Path.Combine(RepoPaths.Fixtures, "Pipeline", fixture), new RepositoryHygieneDetector());

    [Fact]
    public async Task No_ci_with_a_deploy_config_lists_every_deploy_file()
    {
        using var tree = new TempTree().Write("app.py", "x").Write("fly.toml", "app = 'x'\n").Write("Procfile", "web: x\n").Write("tests/test_app.py", "def test(): pass\n");

        var report = await FixtureScan.ScanAsync(tree.Root, new RepositoryHygieneDetector());

        var finding = Assert.Single(report.Findings, f => f.RuleId.Value == "RMP-P001");
        Assert.Equal("No CI pipeline, but a deploy configuration (Procfile, fly.toml): changes go straight to production untested", finding.Message);
        Assert.Equal(["fly.toml"], finding.RelatedLocations.Select(l => l.Path));
    }

    [Theory]
    [InlineData(".github/workflows/build.yaml")]
    [InlineData("azure-pipelines.yml")]
    [InlineData("bitbucket-pipelines.yml")]
    [InlineData(".circleci/config.yml")]
    [InlineData("Jenkinsfile")]
    public async Task Any_ci_system_counts(string ciFile)
    {
        using var tree = new TempTree().Write("app.py", "x").Write("test_app.py", "x").Write(ciFile, "x");

        var report = await FixtureScan.ScanAsync(tree.Root, new RepositoryHygieneDetector());

        Assert.Empty(report.Findings);
    }

    [Fact]
    public async Task A_workflow_file_in_another_folder_is_not_ci()
    {
        using var tree = new TempTree().Write("app.py", "x").Write("requirements.txt", "flask\n").Write("test_app.py", "x").Write("docs/examples/.github/workflows/ci.yml", "x");

        var report = await FixtureScan.ScanAsync(tree.Root, new RepositoryHygieneDetector());

        Assert.Equal(["RMP-P001 high requirements.txt"], CiAndTestFindings(report));
    }

    [Fact]
    public async Task A_project_file_that_is_not_xml_is_a_warning_not_a_failure()
    {
        using var tree = new TempTree().Write("App.csproj", "<Project><oops></Project>").Write(".gitlab-ci.yml", "x");

        var report = await FixtureScan.ScanAsync(tree.Root, new RepositoryHygieneDetector());

        Assert.Equal(["RMP-P002 medium App.csproj"], CiAndTestFindings(report));
        Assert.Contains(report.Warnings, w => w.Path == "App.csproj" && w.Message.StartsWith("not valid XML", StringComparison.Ordinal));
        Assert.False(report.Incomplete);
    }

    /// <summary>RMP-P001 and RMP-P002 only: these tests are about CI and tests, not the rest of the hygiene rules.</summary>
    private static IEnumerable<string> CiAndTestFindings(Rampart.Core.Reports.ScanReport report) =>
        report.Findings.Where(f => f.RuleId.Value is "RMP-P001" or "RMP-P002").Select(FixtureScan.Describe);
}
