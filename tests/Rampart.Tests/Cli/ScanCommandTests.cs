using System.Text.Json;
using Rampart.Pipeline.Hygiene;
using Rampart.Tests.TestSupport;

namespace Rampart.Tests.Cli;

/// <summary>End-to-end runs of <c>rampart scan</c>, in-process, over small generated repositories.</summary>
public sealed class ScanCommandTests
{
    private const string PlaceholderPackageJson = """
        {
          "name": "notes",
          "scripts": {
            "start": "node index.js",
            "test": "echo \"Error: no test specified\" && exit 1"
          }
        }
        """;

    /// <summary>A workflow the GitHub Actions audits have nothing to say about: least privilege, a timeout.</summary>
    private const string Workflow = "on: [push, pull_request]\npermissions:\n  contents: read\njobs:\n  test:\n    runs-on: ubuntu-latest\n    timeout-minutes: 10\n    steps:\n      - run: npm test\n";

    /// <summary>
    /// A Node app with no CI and no tests: one high (RMP-P001) and one medium (RMP-P002) finding. It has
    /// the rest of the repository hygiene (policy, owners, updates, a secret-scanning hook), so those two are all.
    /// </summary>
    private static TempTree UntestedApp() => new TempTree()
        .Write("package.json", PlaceholderPackageJson)
        .Write("index.js", "console.log('hi')\n")
        .Write("SECURITY.md", "Report vulnerabilities to security@example.com.\n")
        .Write(".github/CODEOWNERS", "* @notes-team\n")
        .Write(".github/dependabot.yml", "version: 2\nupdates:\n  - package-ecosystem: npm\n    directory: /\n    schedule: { interval: weekly }\n  - package-ecosystem: github-actions\n    directory: /\n    schedule: { interval: weekly }\n")
        .Write(".pre-commit-config.yaml", "repos:\n  - repo: https://github.com/gitleaks/gitleaks\n    rev: v8.21.2\n    hooks:\n      - id: gitleaks\n");

    /// <summary>The same app with a workflow and a test file: no findings.</summary>
    private static TempTree HealthyApp() => UntestedApp().Write(".github/workflows/ci.yml", Workflow).Write("index.test.js", "test('x', () => {})\n");

    [Fact]
    public async Task Exit_0_when_nothing_reaches_the_threshold()
    {
        using var tree = HealthyApp();

        var run = await CliRun.RunAsync("scan", tree.Root);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("No findings.", run.Stdout);
        Assert.Contains("Gate PASSED", run.Stdout);
    }

    [Fact]
    public async Task Exit_1_when_a_finding_reaches_the_default_threshold_high()
    {
        using var tree = UntestedApp();

        var run = await CliRun.RunAsync("scan", tree.Root);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("RMP-P001", run.Stdout);
        Assert.Contains("package.json:5", run.Stdout);
        Assert.Contains("Gate FAILED: 1 finding(s) at or above high", run.Stdout);
    }

    [Theory]
    [InlineData("critical", 0)]
    [InlineData("medium", 1)]
    public async Task Fail_on_moves_the_threshold(string threshold, int expected)
    {
        using var tree = UntestedApp();

        var run = await CliRun.RunAsync("scan", tree.Root, "--fail-on", threshold);

        Assert.True(run.ExitCode == expected, run.ToString());
    }

    [Fact]
    public async Task Exit_3_when_a_detector_fails_and_the_others_still_report()
    {
        using var tree = HealthyApp();

        var run = await CliRun.RunAsync([new RepositoryHygieneDetector(), new FailingDetector()], "scan", tree.Root, "--format", "json");

        Assert.True(run.ExitCode == 3, run.ToString());
        using var json = JsonDocument.Parse(run.Stdout);
        Assert.True(json.RootElement.GetProperty("incomplete").GetBoolean());
        var warning = json.RootElement.GetProperty("warnings")[0];
        Assert.Equal("always-fails", warning.GetProperty("detector").GetString());
        Assert.Contains("parser blew up", warning.GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_failed_gate_wins_over_an_incomplete_scan()
    {
        using var tree = UntestedApp();

        var run = await CliRun.RunAsync([new RepositoryHygieneDetector(), new FailingDetector()], "scan", tree.Root);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("scan incomplete", run.Stdout);
    }

    [Theory]
    [InlineData(new[] { "scan", "--format", "xml" }, "rampart: unknown format 'xml' (expected one of: console, json, sarif, markdown, html)")]
    [InlineData(new[] { "scan", "--fail-on", "severe" }, "rampart: --fail-on: unknown severity 'severe'")]
    [InlineData(new[] { "scan", "--only", "secrets,lint" }, "rampart: --only: unknown family 'lint'")]
    [InlineData(new[] { "scan", "/no/such/dir" }, "rampart: /no/such/dir: no such directory")]
    [InlineData(new[] { "scan", "--config", "/no/such/.rampart.yml" }, "rampart: /no/such/.rampart.yml: configuration file not found")]
    [InlineData(new[] { "scan", "-f", "json", "-f", "sarif" }, "rampart: only one --format can go to standard output")]
    [InlineData(new[] { "rules", "RMP-Z999" }, "rampart: unknown rule 'RMP-Z999'")]
    [InlineData(new[] { "frobnicate" }, "rampart: ")]
    public async Task Usage_errors_exit_2_with_one_line(string[] args, string expectedStart)
    {
        var run = await CliRun.RunAsync(args);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.StartsWith(expectedStart, run.Stderr);
        Assert.Equal(string.Empty, run.Stdout);
    }

    [Fact]
    public async Task A_bad_config_file_exits_2_naming_file_and_line_and_writes_no_report()
    {
        using var tree = UntestedApp().Write(".rampart.yml", "fail-on: high\nrules:\n  RMP-P001:\n    enabeld: false\n");
        var output = tree.PathOf("report.sarif");

        var run = await CliRun.RunAsync("scan", tree.Root, "-f", "sarif", "-o", output);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Equal($"rampart: {tree.PathOf(".rampart.yml")}:4:5: unknown key 'enabeld' (expected one of: enabled, severity)", run.Stderr.TrimEnd());
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task A_config_naming_an_unknown_rule_exits_2()
    {
        using var tree = UntestedApp().Write("custom.yml", "rules:\n  RMP-P999:\n    enabled: false\n");

        var run = await CliRun.RunAsync("scan", tree.Root, "--config", tree.PathOf("custom.yml"));

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("custom.yml:2:1: unknown rule RMP-P999", run.Stderr);
    }

    [Fact]
    public async Task Config_disables_and_rerates_rules()
    {
        using var tree = UntestedApp().Write(".rampart.yml", "rules:\n  RMP-P001:\n    severity: low\n  RMP-P002:\n    enabled: false\n");

        var run = await CliRun.RunAsync("scan", tree.Root, "-f", "json");

        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(run.Stdout);
        var finding = Assert.Single(json.RootElement.GetProperty("findings").EnumerateArray());
        Assert.Equal(("RMP-P001", "low"), (finding.GetProperty("ruleId").GetString(), finding.GetProperty("severity").GetString()));
    }

    [Fact]
    public async Task Every_format_is_written_to_its_own_file_in_one_run()
    {
        using var tree = UntestedApp();
        using var outDir = new TempTree();
        string[] formats = ["console", "json", "sarif", "markdown", "html"];
        var args = new List<string> { "scan", tree.Root };
        foreach (var format in formats)
        {
            args.AddRange(["--format", format, "--output", outDir.PathOf($"report.{format}")]);
        }

        var run = await CliRun.RunAsync([.. args]);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Equal(string.Empty, run.Stdout);
        Assert.Contains("RMP-P001", outDir.Read("report.console"));
        Assert.Equal("1.0", JsonDocument.Parse(outDir.Read("report.json")).RootElement.GetProperty("schemaVersion").GetString());
        Assert.Equal("2.1.0", JsonDocument.Parse(outDir.Read("report.sarif")).RootElement.GetProperty("version").GetString());
        Assert.StartsWith("## Rampart scan", outDir.Read("report.markdown"));
        Assert.StartsWith("<!DOCTYPE html>", outDir.Read("report.html"));
        Assert.Empty(Directory.EnumerateFiles(outDir.Root, "*.tmp"));
    }

    [Fact]
    public async Task Quiet_prints_only_the_gate_line()
    {
        using var tree = UntestedApp();

        var run = await CliRun.RunAsync("scan", tree.Root, "--quiet");

        Assert.Equal("Gate FAILED: 1 finding(s) at or above high", run.Stdout.Trim());
    }

    [Fact]
    public async Task Only_runs_the_named_families()
    {
        using var tree = UntestedApp();

        var run = await CliRun.RunAsync("scan", tree.Root, "--only", "secrets,code", "-f", "json");

        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(run.Stdout);
        Assert.Equal(["secrets", "code"], json.RootElement.GetProperty("families").EnumerateArray().Select(f => f.GetString()).ToList());
        Assert.Empty(json.RootElement.GetProperty("findings").EnumerateArray());
        Assert.Empty(json.RootElement.GetProperty("warnings").EnumerateArray());
    }

    [Fact]
    public async Task A_folder_that_is_not_a_project_has_no_pipeline_findings()
    {
        using var tree = new TempTree().Write("README.md", "# notes\n").Write("ideas.txt", "x");

        var run = await CliRun.RunAsync("scan", tree.Root);

        Assert.True(run.ExitCode == 0, run.ToString());
    }

    [Fact]
    public async Task Gitignored_files_are_not_scanned()
    {
        // The only package.json with the placeholder script lives in an ignored folder.
        using var tree = HealthyApp().Write("package.json", "{\"name\":\"x\"}").Write("legacy/package.json", PlaceholderPackageJson).Write(".gitignore", "legacy/\n");

        var run = await CliRun.RunAsync("scan", tree.Root, "-f", "json");

        using var json = JsonDocument.Parse(run.Stdout);
        Assert.Empty(json.RootElement.GetProperty("findings").EnumerateArray());
    }

    [Fact]
    public async Task Binary_non_utf8_and_symlinked_files_do_not_break_a_scan()
    {
        using var outside = new TempTree().Write("secret.txt", "outside");
        using var tree = UntestedApp()
            .WriteBytes("assets/logo.png", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01])
            .WriteBytes("legacy.txt", [0x63, 0x61, 0x66, 0xE9])
            .Symlink("outside-link", outside.Root);
        tree.Symlink("assets/loop", tree.PathOf("assets"));

        var run = await CliRun.RunAsync("scan", tree.Root, "-f", "json");

        Assert.True(run.ExitCode == 1, run.ToString());
        using var json = JsonDocument.Parse(run.Stdout);
        var skipped = json.RootElement.GetProperty("skippedFiles").EnumerateArray()
            .Select(s => $"{s.GetProperty("path").GetString()}={s.GetProperty("reason").GetString()}")
            .ToList();
        Assert.Equal(["assets/logo.png=binary", "assets/loop=symlink-loop", "outside-link=symlink-outside-root"], skipped);
        Assert.False(json.RootElement.GetProperty("incomplete").GetBoolean());
    }

    [Fact]
    public async Task Version_prints_the_tool_version()
    {
        var run = await CliRun.RunAsync("--version");

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+$", run.Stdout.Trim());
    }
}
