using Rampart.Pipeline.Ci.Azure;
using Rampart.Tests.TestSupport;

namespace Rampart.Tests.Pipeline.Ci.Azure;

/// <summary>Which files the Azure detector reads, which templates it follows, and how it survives broken files.</summary>
public sealed class AzurePipelinesDetectorTests
{
    private const string CurlPipe = "steps:\n  - script: curl -fsSL https://x.dev/i.sh | bash\n";

    [Theory]
    [InlineData("azure-pipelines.yml", 1)]
    [InlineData("azure-pipelines.yaml", 1)]
    [InlineData(".azure-pipelines/release.yml", 1)]
    [InlineData(".azure-pipelines/stages/deploy.yaml", 1)]
    [InlineData("build/azure-pipelines.yml", 0)]
    [InlineData("templates/steps.yml", 0)]
    public async Task Pipelines_are_read_from_the_root_file_and_the_pipelines_folder(string path, int expected)
    {
        using var tree = new TempTree().Write(path, CurlPipe);

        var report = await FixtureScan.ScanAsync(tree.Root, new AzurePipelinesDetector());

        Assert.Equal(expected, report.Findings.Count);
    }

    [Fact]
    public async Task Local_templates_are_followed_relative_to_the_file_that_names_them()
    {
        using var tree = new TempTree()
            .Write("azure-pipelines.yml", "stages:\n  - template: ci/stages.yml\n  - template: shared.yml@tools\n")
            .Write("ci/stages.yml", "stages:\n  - stage: a\n    jobs:\n      - template: jobs/build.yml\n      - template: /ci/jobs/test.yml\n")
            .Write("ci/jobs/build.yml", CurlPipe)
            .Write("ci/jobs/test.yml", "jobs:\n  - job: t\n    container: node\n    steps: []\n")
            .Write("shared.yml", CurlPipe);

        var report = await FixtureScan.ScanAsync(tree.Root, new AzurePipelinesDetector());

        Assert.Equal(["RMP-P071 medium ci/jobs/test.yml:3", "RMP-P075 high ci/jobs/build.yml:2"], report.Findings.Select(FixtureScan.Describe).Order());
    }

    [Fact]
    public async Task A_malformed_pipeline_is_a_warning_with_file_and_line_and_the_others_are_still_audited()
    {
        using var tree = new TempTree()
            .Write("azure-pipelines.yml", "steps:\n  - script: make\n   displayName: broken\n")
            .Write(".azure-pipelines/ok.yml", CurlPipe);

        var report = await FixtureScan.ScanAsync(tree.Root, new AzurePipelinesDetector());

        var warning = Assert.Single(report.Warnings);
        Assert.Equal(("azure-pipelines.yml", "azure-pipelines"), (warning.Path, warning.Detector));
        Assert.StartsWith("line 3, column ", warning.Message, StringComparison.Ordinal);
        Assert.False(report.Incomplete);
        Assert.Equal(["RMP-P075 high .azure-pipelines/ok.yml:2"], report.Findings.Select(FixtureScan.Describe));
    }

    [Fact]
    public void Every_rule_is_in_the_p070_to_p079_range_with_a_cwe()
    {
        var rules = new AzurePipelinesDetector().Rules;

        Assert.All(rules, r => Assert.InRange(int.Parse(r.Id.Value[5..], System.Globalization.CultureInfo.InvariantCulture), 70, 79));
        Assert.All(rules, r => Assert.NotEmpty(r.Cwe));
    }
}
