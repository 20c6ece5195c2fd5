using Rampart.Core.Findings;
using Rampart.Pipeline.Ci.GitLab;
using Rampart.Tests.TestSupport;

namespace Rampart.Tests.Pipeline.Ci.GitLab;

/// <summary>GitLab CI repositories whose findings are marked on the lines themselves, included files too.</summary>
public sealed class GitLabCiFixtureTests
{
    private static string Fixture(string name) => Path.Combine(RepoPaths.Fixtures, "GitLab", name);

    private static IEnumerable<string> FixtureNames() =>
        Directory.GetDirectories(Path.Combine(RepoPaths.Fixtures, "GitLab")).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);

    public static TheoryData<string> Fixtures() => [.. FixtureNames()];

    [Theory]
    [MemberData(nameof(Fixtures))]
    public Task Findings_match_the_markers(string fixture) =>
        FixtureScan.AssertMatchesMarkersAsync(Fixture(fixture), new GitLabCiDetector());

    [Fact]
    public async Task Every_rule_is_exercised_by_some_fixture()
    {
        var reported = new HashSet<string>();
        foreach (var fixture in FixtureNames())
        {
            var report = await FixtureScan.ScanAsync(Fixture(fixture), new GitLabCiDetector());
            reported.UnionWith(report.Findings.Select(f => f.RuleId.Value));
        }

        Assert.Equal(new GitLabCiDetector().Rules.Select(r => r.Id.Value).Order(), reported.Order());
    }

    [Fact]
    public async Task The_clean_pipeline_and_its_includes_produce_no_finding_and_no_warning()
    {
        var report = await FixtureScan.ScanAsync(Fixture("clean"), new GitLabCiDetector());

        Assert.Empty(report.Findings);
        Assert.Empty(report.Warnings);
    }

    [Fact]
    public async Task Findings_point_at_the_offending_text_and_carry_gitlab_evidence()
    {
        var report = await FixtureScan.ScanAsync(Fixture("images-and-scripts"), new GitLabCiDetector());

        var image = Assert.Single(report.Findings, f => f.Location.Line == 1);
        Assert.Equal(("RMP-P062", 1, 8, 1, 12), (image.RuleId.Value, image.Location.Line, image.Location.Column, image.Location.EndLine, image.Location.EndColumn));
        Assert.Equal("The image ruby of the defaults has no tag: it changes whenever its publisher pushes", image.Message);
        var pipe = Assert.Single(report.Findings, f => f.Location.Line == 12);
        Assert.Equal((7, 69), (pipe.Location.Column, pipe.Location.EndColumn));
        Assert.All(report.Findings, f => Assert.Equal("gitlab-ci", Assert.IsType<PipelineEvidence>(f.Evidence).Subject));
    }

    [Fact]
    public async Task Fingerprints_survive_a_line_moving()
    {
        using var tree = new TempTree().CopyFrom(Fixture("includes"));
        var before = await FixtureScan.ScanAsync(tree.Root, new GitLabCiDetector());
        foreach (var file in Directory.EnumerateFiles(tree.Root, "*.yml", SearchOption.AllDirectories))
        {
            File.WriteAllText(file, "# moved\n" + File.ReadAllText(file));
        }

        var after = await FixtureScan.ScanAsync(tree.Root, new GitLabCiDetector());

        Assert.Equal(before.Findings.Select(f => f.Fingerprint).Order(), after.Findings.Select(f => f.Fingerprint).Order());
        Assert.Equal(before.Findings.Select(f => f.Location.Line + 1).Order(), after.Findings.Select(f => f.Location.Line).Order());
    }

    [Theory]
    [InlineData("Pr0d-db-passw0rd-2024")]
    [InlineData("7f3c9a1e5b2d4f6a8c0e1b3d5f7a9c2e")]
    [InlineData("wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY")]
    public async Task A_literal_secret_is_redacted_in_the_finding_and_masked_in_every_snippet(string secret)
    {
        var report = await FixtureScan.ScanAsync(Fixture("variables"), new GitLabCiDetector());

        var finding = Assert.Single(report.Findings, f => f.Evidence is SecretEvidence { Secret: var s } && s.Sha256 == RedactedSecret.From(secret).Sha256);
        Assert.Equal(Severity.High, finding.Severity);
        Assert.DoesNotContain(secret, finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, finding.Fingerprint, StringComparison.Ordinal);
        Assert.NotNull(finding.Snippet);
        Assert.All(report.Findings.SelectMany(f => f.Snippet?.Lines ?? []), line => Assert.DoesNotContain(secret, line, StringComparison.Ordinal));
    }
}
