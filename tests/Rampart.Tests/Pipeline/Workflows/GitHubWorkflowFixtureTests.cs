using Rampart.Core.Findings;
using Rampart.Pipeline.Workflows;
using Rampart.Tests.TestSupport;

namespace Rampart.Tests.Pipeline.Workflows;

/// <summary>Real-looking repositories whose workflow findings are marked on the lines themselves.</summary>
public sealed class GitHubWorkflowFixtureTests
{
    private static string Fixture(string name) => Path.Combine(RepoPaths.Fixtures, "Workflows", name);

    private static IEnumerable<string> FixtureNames() =>
        Directory.GetDirectories(Path.Combine(RepoPaths.Fixtures, "Workflows")).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);

    public static TheoryData<string> Fixtures() => [.. FixtureNames()];

    [Theory]
    [MemberData(nameof(Fixtures))]
    public Task Findings_match_the_markers(string fixture) =>
        FixtureScan.AssertMatchesMarkersAsync(Fixture(fixture), new GitHubWorkflowDetector());

    [Fact]
    public async Task Every_rule_is_exercised_by_some_fixture()
    {
        var reported = new HashSet<string>();
        foreach (var fixture in FixtureNames())
        {
            var report = await FixtureScan.ScanAsync(Fixture(fixture), new GitHubWorkflowDetector());
            reported.UnionWith(report.Findings.Select(f => f.RuleId.Value));
        }

        Assert.Equal(new GitHubWorkflowDetector().Rules.Select(r => r.Id.Value).Order(), reported.Order());
    }

    [Fact]
    public async Task The_clean_workflows_produce_no_finding_and_no_warning()
    {
        var report = await FixtureScan.ScanAsync(Fixture("clean"), new GitHubWorkflowDetector());

        Assert.Empty(report.Findings);
        Assert.Empty(report.Warnings);
    }

    [Fact]
    public async Task Checking_out_the_pull_request_head_is_critical_and_points_at_the_ref_and_the_trigger()
    {
        var report = await FixtureScan.ScanAsync(Fixture("pr-target-checkout"), new GitHubWorkflowDetector());

        var finding = Assert.Single(report.Findings, f => f.Location.Path == ".github/workflows/pr-build.yml");
        Assert.Equal(Severity.Critical, finding.Severity);
        Assert.Equal((15, 16, 15, 57), (finding.Location.Line, finding.Location.Column, finding.Location.EndLine, finding.Location.EndColumn));
        Assert.Equal(4, Assert.Single(finding.RelatedLocations).Line);
        Assert.All(report.Findings.Where(f => f.RuleId.Value == "RMP-P021"), f => Assert.Equal(Severity.High, f.Severity));
    }

    [Fact]
    public async Task First_party_actions_are_medium_and_third_party_actions_high()
    {
        var report = await FixtureScan.ScanAsync(Fixture("unpinned-actions"), new GitHubWorkflowDetector());

        var unpinned = report.Findings.Where(f => f.RuleId.Value == "RMP-P026").ToDictionary(f => f.Location.Line, f => f.Severity);
        Assert.Equal(Severity.Medium, unpinned[11]);
        Assert.Equal(Severity.High, unpinned[12]);
        Assert.Equal(Severity.High, unpinned[13]);
        Assert.Equal(Severity.High, unpinned[17]);
        Assert.Equal(Severity.Medium, unpinned[23]);
    }

    [Fact]
    public async Task A_lying_version_comment_is_medium_and_names_the_pin_of_the_table()
    {
        var report = await FixtureScan.ScanAsync(Fixture("pin-comments"), new GitHubWorkflowDetector());

        var mismatches = report.Findings.Where(f => f.RuleId.Value == "RMP-P040").OrderBy(f => f.Location.Line).ToList();
        Assert.Equal([18, 22], mismatches.Select(f => f.Location.Line));
        Assert.All(mismatches, f => Assert.Equal(Severity.Medium, f.Severity));
        Assert.Contains("actions/setup-node commit 2028fbc5c25fe9cf00d9f06a71cc4710d4507903 is v6.0.0", mismatches[0].Message, StringComparison.Ordinal);
        Assert.Contains("actions/setup-python v6.0.0 is commit e797f83bcb11b83ae66e0230d6156d7c80228e7c", mismatches[1].Message, StringComparison.Ordinal);
        Assert.Contains("pin table: actions/setup-python@e797f83bcb11b83ae66e0230d6156d7c80228e7c # v6.0.0", ((PipelineEvidence)mismatches[1].Evidence!).Observed);
    }

    [Fact]
    public async Task Each_untrusted_expression_is_reported_at_its_own_column()
    {
        var report = await FixtureScan.ScanAsync(Fixture("script-injection"), new GitHubWorkflowDetector());

        var onOneLine = report.Findings
            .Where(f => f.RuleId.Value == "RMP-P022" && f.Location.Path.EndsWith("branch-preview.yml", StringComparison.Ordinal) && f.Location.Line == 16)
            .Select(f => f.Location.Column)
            .Order()
            .ToList();
        Assert.Equal([37, 83], onOneLine);
    }

    private static IEnumerable<int> LinesIn(Rampart.Core.Reports.ScanReport report) =>
        report.Findings.Where(f => f.Location.Path == ".github/workflows/integration.yml").Select(f => f.Location.Line).Order();

    [Fact]
    public async Task Findings_carry_github_actions_evidence_and_a_fingerprint_without_the_line()
    {
        using var tree = new TempTree().CopyFrom(Fixture("runners-and-scripts"));
        var before = await FixtureScan.ScanAsync(tree.Root, new GitHubWorkflowDetector());
        var path = tree.PathOf(".github/workflows/integration.yml");
        File.WriteAllText(path, "# a new first line\n" + File.ReadAllText(path));

        var after = await FixtureScan.ScanAsync(tree.Root, new GitHubWorkflowDetector());

        Assert.All(before.Findings, f => Assert.Equal("github-actions", Assert.IsType<PipelineEvidence>(f.Evidence).Subject));
        Assert.All(before.Findings, f => Assert.NotEmpty(((PipelineEvidence)f.Evidence!).Observed));
        Assert.Equal(before.Findings.Select(f => f.Fingerprint).Order(), after.Findings.Select(f => f.Fingerprint).Order());
        Assert.Equal(LinesIn(before).Select(l => l + 1), LinesIn(after));
    }
}
