using Rampart.Core.Findings;
using Rampart.Pipeline.Ci.GitLab;
using Rampart.Pipeline.Hygiene;
using Rampart.Tests.TestSupport;

namespace Rampart.Tests.Pipeline.Ci.GitLab;

/// <summary>What the GitLab detector reads, how it survives broken files, and audit details the fixtures cannot show.</summary>
public sealed class GitLabCiDetectorTests
{
    private static async Task<IReadOnlyList<Finding>> ScanAsync(string yaml)
    {
        using var tree = new TempTree().Write(".gitlab-ci.yml", yaml);
        return (await FixtureScan.ScanAsync(tree.Root, new GitLabCiDetector())).Findings;
    }

    private static Task<IReadOnlyList<Finding>> ScanScriptAsync(string line) =>
        ScanAsync($"job:\n  image: alpine:3.20\n  script:\n    - {line}\n");

    [Fact]
    public async Task A_malformed_file_is_a_warning_with_file_and_line_and_the_included_files_are_still_audited()
    {
        using var tree = new TempTree()
            .Write(".gitlab-ci.yml", "include:\n  - local: ci/broken.yml\n  - local: ci/ok.yml\n")
            .Write("ci/broken.yml", "build:\n  script: [\n  b: 1\n")
            .Write("ci/ok.yml", "deploy:\n  image: alpine\n  script: ./deploy.sh\n");

        var report = await FixtureScan.ScanAsync(tree.Root, new GitLabCiDetector());

        var warning = Assert.Single(report.Warnings);
        Assert.Equal(("ci/broken.yml", "gitlab-ci"), (warning.Path, warning.Detector));
        Assert.StartsWith("line 2, column ", warning.Message, StringComparison.Ordinal);
        Assert.False(report.Incomplete);
        Assert.Equal(["RMP-P062 medium ci/ok.yml:2"], report.Findings.Select(FixtureScan.Describe));
    }

    [Fact]
    public async Task A_broken_pipeline_is_reported_once_when_the_hygiene_checks_run_too()
    {
        using var tree = new TempTree().Write("package.json", "{\"name\":\"app\"}").Write(".gitlab-ci.yml", "test:\n  script: [\n  b: 1\n");

        var report = await FixtureScan.ScanAsync(tree.Root, new RepositoryHygieneDetector(), new GitLabCiDetector());

        Assert.False(report.Incomplete);
        Assert.Equal([(".gitlab-ci.yml", "gitlab-ci")], report.Warnings.Where(w => w.Path == ".gitlab-ci.yml").Select(w => (w.Path, w.Detector)));
    }

    [Fact]
    public async Task Include_cycles_missing_files_and_nested_pipelines_are_harmless()
    {
        using var tree = new TempTree()
            .Write(".gitlab-ci.yml", "include:\n  - ci/a.yml\n  - ci/missing.yml\n  - local: $CI_PROJECT_DIR/x.yml\n")
            .Write("ci/a.yml", "include: /ci/b.yml\na:\n  script: make\n")
            .Write("ci/b.yml", "include: ci/a.yml\nb:\n  image: node:latest\n  script: make\n")
            .Write("services/api/.gitlab-ci.yml", "api:\n  image: node\n  script: make\n");

        var report = await FixtureScan.ScanAsync(tree.Root, new GitLabCiDetector());

        Assert.Equal(["RMP-P062 medium ci/b.yml:3"], report.Findings.Select(FixtureScan.Describe));
        Assert.Empty(report.Warnings);
    }

    [Theory]
    [InlineData("eval \"$CI_COMMIT_TITLE\"", "eval")]
    [InlineData("eval $CI_MERGE_REQUEST_SOURCE_BRANCH_NAME", "eval")]
    [InlineData("bash -ec \"echo ${CI_COMMIT_MESSAGE}\"", "bash -c")]
    [InlineData("bash --norc -e -c \"echo ${CI_COMMIT_MESSAGE}\"", "bash -c")]
    [InlineData("echo $CI_COMMIT_TAG | sh", "a shell it is piped into")]
    [InlineData("docker build --label title=$CI_MERGE_REQUEST_TITLE .", "unquoted in 'docker'")]
    [InlineData("if true; then git commit -m $CI_COMMIT_TITLE; fi", "unquoted in 'git'")]
    public async Task Untrusted_text_that_the_shell_parses_again_or_splits_is_found(string line, string how)
    {
        var findings = await ScanScriptAsync(line);

        var finding = Assert.Single(findings);
        Assert.Equal("RMP-P065", finding.RuleId.Value);
        Assert.Contains(how, finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("echo \"$CI_COMMIT_TITLE\" && ./build.sh \"$CI_MERGE_REQUEST_TITLE\"")]
    [InlineData("git checkout $CI_COMMIT_BRANCH")]
    [InlineData("eval 'echo $CI_COMMIT_TITLE'")]
    [InlineData("eval \"$(ssh-agent -s)\" # uses $CI_COMMIT_TITLE later")]
    [InlineData("[[ $CI_COMMIT_MESSAGE == *skip* ]] && exit 0")]
    [InlineData("TITLE=$CI_COMMIT_TITLE ./release.sh")]
    [InlineData("echo \\$CI_COMMIT_TITLE")]
    [InlineData("eval \"$CI_COMMIT_SHA\"")]
    [InlineData("sh -c 'notify --title \"$1\"' _ \"$CI_MERGE_REQUEST_TITLE\"")]
    public async Task Untrusted_text_kept_as_data_is_not_reported(string line) => Assert.Empty(await ScanScriptAsync(line));

    [Fact]
    public async Task An_untrusted_variable_inside_a_double_quoted_yaml_string_points_at_its_own_column()
    {
        var findings = await ScanScriptAsync("\"echo \\\"ok\\\"; eval \\\"run $CI_COMMIT_TITLE\\\"\"");

        var finding = Assert.Single(findings);
        Assert.Equal((4, 32, 48), (finding.Location.Line, finding.Location.Column, finding.Location.EndColumn));
    }

    [Fact]
    public async Task A_download_piped_to_a_shell_across_a_line_continuation_is_found_at_the_download()
    {
        var findings = await ScanAsync("job:\n  image: alpine:3.20\n  script:\n    - |\n      curl -fsSL https://example.dev/install.sh \\\n        | bash\n");

        var finding = Assert.Single(findings);
        Assert.Equal(("RMP-P063", 5, 7, 6, 15), (finding.RuleId.Value, finding.Location.Line, finding.Location.Column, finding.Location.EndLine, finding.Location.EndColumn));
    }

    [Fact]
    public async Task Credentials_in_a_url_are_kept_out_of_messages_and_fingerprints()
    {
        var findings = await ScanAsync("include:\n  - remote: https://ci:hunter2@example.com/ci.yml\njob:\n  image: alpine:3.20\n  script:\n    - curl -fsSL https://user:hunter2@example.com/i.sh | sh\n");

        Assert.Equal(2, findings.Count);
        Assert.All(findings, f => Assert.DoesNotContain("hunter2", f.Message, StringComparison.Ordinal));
        Assert.All(findings, f => Assert.DoesNotContain("hunter2", string.Join(' ', ((PipelineEvidence)f.Evidence!).Observed), StringComparison.Ordinal));
    }

    [Fact]
    public void Every_rule_is_in_the_p060_to_p069_range_with_a_cwe()
    {
        var rules = new GitLabCiDetector().Rules;

        Assert.All(rules, r => Assert.InRange(int.Parse(r.Id.Value[5..], System.Globalization.CultureInfo.InvariantCulture), 60, 69));
        Assert.All(rules, r => Assert.NotEmpty(r.Cwe));
    }
}
