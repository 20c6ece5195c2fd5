using Rampart.Core.Findings;
using Rampart.Pipeline.Workflows;
using Rampart.Tests.TestSupport;

namespace Rampart.Tests.Pipeline.Workflows;

/// <summary>What the detector reads, how it survives broken files, and audit details the fixtures cannot show.</summary>
public sealed class GitHubWorkflowDetectorTests
{
    private const string Header = "on: push\npermissions: {}\njobs:\n  build:\n    runs-on: ubuntu-latest\n    timeout-minutes: 5\n    steps:\n";

    private static async Task<IReadOnlyList<Finding>> ScanWorkflowAsync(string yaml, string path = ".github/workflows/ci.yml")
    {
        using var tree = new TempTree().Write(path, yaml);
        var report = await FixtureScan.ScanAsync(tree.Root, new GitHubWorkflowDetector());
        return report.Findings;
    }

    [Fact]
    public async Task A_malformed_workflow_is_a_warning_with_file_and_line_and_the_others_are_still_audited()
    {
        using var tree = new TempTree()
            .Write(".github/workflows/broken.yml", "on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n   steps: []\n")
            .Write(".github/workflows/ok.yml", "on: push\npermissions: {}\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make\n");

        var report = await FixtureScan.ScanAsync(tree.Root, new GitHubWorkflowDetector());

        var warning = Assert.Single(report.Warnings);
        Assert.Equal((".github/workflows/broken.yml", "github-actions"), (warning.Path, warning.Detector));
        Assert.StartsWith("line 5, column ", warning.Message, StringComparison.Ordinal);
        Assert.False(report.Incomplete);
        Assert.Equal(["RMP-P035 low .github/workflows/ok.yml:4"], report.Findings.Select(FixtureScan.Describe));
    }

    [Theory]
    [InlineData(".github/workflows/ci.yaml", 1)]
    [InlineData(".github/workflows/nested/ci.yml", 0)]
    [InlineData("docs/.github/workflows/ci.yml", 0)]
    [InlineData(".github/workflows/ci.json", 0)]
    public async Task Only_files_directly_in_the_root_workflows_folder_are_workflows(string path, int expected)
    {
        // One finding when audited: the job has no timeout.
        var findings = await ScanWorkflowAsync("on: push\npermissions: {}\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make\n", path);

        Assert.Equal(expected, findings.Count);
    }

    [Fact]
    public async Task A_download_piped_to_a_shell_across_a_line_continuation_is_found_at_the_download()
    {
        var findings = await ScanWorkflowAsync(Header + "      - run: |\n          curl -fsSL https://example.dev/install.sh \\\n            | bash\n");

        var finding = Assert.Single(findings);
        Assert.Equal(("RMP-P033", 9, 11, 10, 19), (finding.RuleId.Value, finding.Location.Line, finding.Location.Column, finding.Location.EndLine, finding.Location.EndColumn));
    }

    [Theory]
    [InlineData("curl -sSfL https://x.dev/i.sh | sh")]
    [InlineData("wget -qO- https://x.dev/i.sh | sudo -E bash")]
    [InlineData("sh -c \"$(curl -fsSL https://x.dev/i.sh)\"")]
    [InlineData("bash <(curl -s https://x.dev/i.sh)")]
    public async Task Remote_scripts_run_without_a_check_are_found(string command)
    {
        var findings = await ScanWorkflowAsync(Header + $"      - run: {command}\n");

        Assert.Equal(["RMP-P033"], findings.Select(f => f.RuleId.Value));
    }

    [Theory]
    [InlineData("curl -fsSLo tool.tgz https://x.dev/tool.tgz && sha256sum -c tool.sha256")]
    [InlineData("curl -s https://api.example.com/health | jq .status")]
    [InlineData("curl -fsSL https://x.dev/install.sh | shellcheck -")]
    public async Task Downloads_that_are_not_run_are_not_reported(string command)
    {
        var findings = await ScanWorkflowAsync(Header + $"      - run: {command}\n");

        Assert.Empty(findings);
    }

    [Fact]
    public async Task An_untrusted_expression_gets_an_env_based_fix()
    {
        var findings = await ScanWorkflowAsync(Header.Replace("on: push", "on: issues", StringComparison.Ordinal) + "      - run: echo \"${{ github.event.issue.title }}\"\n");

        var finding = Assert.Single(findings);
        Assert.Equal("RMP-P022", finding.RuleId.Value);
        Assert.Contains("ISSUE_TITLE: ${{ github.event.issue.title }}", finding.Remediation, StringComparison.Ordinal);
        Assert.Contains("\"$ISSUE_TITLE\"", finding.Remediation, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_value_assigned_from_untrusted_input_then_written_to_github_env_is_found()
    {
        var findings = await ScanWorkflowAsync(Header + "      - env:\n          BRANCH: ${{ github.head_ref }}\n        run: |\n          SAFE=$(echo \"$BRANCH\" | tr -cd 'a-z')\n          echo \"B=$SAFE\" >> \"$GITHUB_ENV\"\n          echo \"N=1\" >> \"$GITHUB_ENV\"\n");

        var finding = Assert.Single(findings);
        Assert.Equal(("RMP-P030", 12), (finding.RuleId.Value, finding.Location.Line));
        Assert.Contains("github.head_ref (via $BRANCH)", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dependabot_yaml_spelling_is_read_too()
    {
        using var tree = new TempTree().Write(".github/dependabot.yaml", "version: 2\nupdates:\n  - package-ecosystem: npm\n    directory: /\n    insecure-external-code-execution: allow\n");

        var report = await FixtureScan.ScanAsync(tree.Root, new GitHubWorkflowDetector());

        var finding = Assert.Single(report.Findings);
        Assert.Equal(("RMP-P036", Severity.High, 5, 39), (finding.RuleId.Value, finding.Severity, finding.Location.Line, finding.Location.Column));
    }

    [Theory]
    [InlineData("    uses: actions/setup-node/.github/workflows/e2e.yml@2028fbc5c25fe9cf00d9f06a71cc4710d4507903 # v5.1.0\n", 1)]
    [InlineData("    uses: actions/setup-node/.github/workflows/e2e.yml@2028fbc5c25fe9cf00d9f06a71cc4710d4507903 # v6.0.0\n", 0)]
    [InlineData("    uses: actions/setup-node/.github/workflows/e2e.yml@2028fbc5c25fe9cf00d9f06a71cc4710d4507903 # 6.0.0\n", 0)]
    [InlineData("    uses: actions/setup-node/.github/workflows/e2e.yml@2028fbc5c25fe9cf00d9f06a71cc4710d4507903 # 5.1.0\n", 1)]
    public async Task A_reusable_workflow_in_a_pinned_repository_is_checked_against_the_repository_pin(string call, int expected)
    {
        var findings = await ScanWorkflowAsync("on: push\npermissions: {}\njobs:\n  e2e:\n" + call);

        Assert.Equal(expected, findings.Count(f => f.RuleId.Value == "RMP-P040"));
    }

    [Fact]
    public void Every_rule_is_a_pipeline_rule_in_the_p020_to_p049_range()
    {
        var rules = new GitHubWorkflowDetector().Rules;

        Assert.All(rules, r => Assert.InRange(int.Parse(r.Id.Value[5..], System.Globalization.CultureInfo.InvariantCulture), 20, 49));
        Assert.All(rules, r => Assert.Equal(FindingCategory.Pipeline, r.Category));
        Assert.All(rules, r => Assert.NotEmpty(r.Cwe));
    }
}
