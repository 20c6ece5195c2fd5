using Rampart.Core.Findings;
using Rampart.Pipeline.Ci.Azure;
using Rampart.Tests.TestSupport;

namespace Rampart.Tests.Pipeline.Ci.Azure;

/// <summary>Azure Pipelines repositories whose findings are marked on the lines themselves, templates too.</summary>
public sealed class AzurePipelinesFixtureTests
{
    private static string Fixture(string name) => Path.Combine(RepoPaths.Fixtures, "Azure", name);

    private static IEnumerable<string> FixtureNames() =>
        Directory.GetDirectories(Path.Combine(RepoPaths.Fixtures, "Azure")).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);

    public static TheoryData<string> Fixtures() => [.. FixtureNames()];

    [Theory]
    [MemberData(nameof(Fixtures))]
    public Task Findings_match_the_markers(string fixture) =>
        FixtureScan.AssertMatchesMarkersAsync(Fixture(fixture), new AzurePipelinesDetector());

    [Fact]
    public async Task Every_rule_is_exercised_by_some_fixture()
    {
        var reported = new HashSet<string>();
        foreach (var fixture in FixtureNames())
        {
            var report = await FixtureScan.ScanAsync(Fixture(fixture), new AzurePipelinesDetector());
            reported.UnionWith(report.Findings.Select(f => f.RuleId.Value));
        }

        Assert.Equal(new AzurePipelinesDetector().Rules.Select(r => r.Id.Value).Order(), reported.Order());
    }

    [Fact]
    public async Task The_clean_pipeline_produces_no_finding_and_no_warning()
    {
        var report = await FixtureScan.ScanAsync(Fixture("clean"), new AzurePipelinesDetector());

        Assert.Empty(report.Findings);
        Assert.Empty(report.Warnings);
    }

    [Fact]
    public async Task A_hosted_latest_vm_image_is_low_and_a_latest_container_image_medium()
    {
        var report = await FixtureScan.ScanAsync(Fixture("images"), new AzurePipelinesDetector());

        var severities = report.Findings.ToDictionary(f => f.Location.Line, f => f.Severity);
        Assert.Equal(Severity.Low, severities[2]);
        Assert.Equal(Severity.Low, severities[16]);
        Assert.Equal(Severity.Low, severities[34]);
        Assert.Equal(Severity.Medium, severities[7]);
        Assert.Equal(Severity.Medium, severities[23]);
        var vmImage = report.Findings.Single(f => f.Location.Line == 2);
        Assert.Contains("moving target", vmImage.Message, StringComparison.Ordinal);
        Assert.Contains("vmImage: ubuntu-24.04", vmImage.Remediation, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_untrusted_macro_is_reported_at_its_own_column_with_an_env_based_fix()
    {
        var report = await FixtureScan.ScanAsync(Fixture("script-injection"), new AzurePipelinesDetector());

        var onOneLine = report.Findings.Where(f => f.Location.Line == 14).OrderBy(f => f.Location.Column).ToList();
        Assert.Equal([(24, 45), (48, 82)], onOneLine.Select(f => (f.Location.Column, f.Location.EndColumn)));
        Assert.Contains("\"$BUILD_REQUESTEDFOR\"", onOneLine[0].Remediation, StringComparison.Ordinal);
        var powershell = report.Findings.Single(f => f.Location.Line == 15);
        Assert.Contains("$env:BUILD_SOURCEBRANCH", powershell.Remediation, StringComparison.Ordinal);
        Assert.All(report.Findings, f => Assert.Equal("azure-pipelines", Assert.IsType<PipelineEvidence>(f.Evidence).Subject));
    }

    [Theory]
    [InlineData("Pr0d-db-passw0rd-2024")]
    [InlineData("npm-ci-token-1f2e3d4c5b6a")]
    [InlineData("s3cr3t-client-value")]
    public async Task A_literal_secret_is_redacted_in_the_finding_and_masked_in_every_snippet(string secret)
    {
        var report = await FixtureScan.ScanAsync(Fixture("variables-and-steps"), new AzurePipelinesDetector());

        var finding = Assert.Single(report.Findings, f => f.Evidence is SecretEvidence { Secret: var s } && s.Sha256 == RedactedSecret.From(secret).Sha256);
        Assert.DoesNotContain(secret, finding.Message, StringComparison.Ordinal);
        Assert.NotNull(finding.Snippet);
        Assert.All(report.Findings.SelectMany(f => f.Snippet?.Lines ?? []), line => Assert.DoesNotContain(secret, line, StringComparison.Ordinal));
    }
}
