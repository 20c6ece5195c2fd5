using System.Text.Json;
using Rampart.Core.Detectors;
using Rampart.Tests.TestSupport;

namespace Rampart.Tests.Cli;

/// <summary>Inline and configured suppressions, and the baseline round trip, end to end.</summary>
public sealed class SuppressionAndBaselineTests
{
    private static readonly IReadOnlyList<IDetector> Detectors = [new RiskyCallDetector()];

    private static async Task<JsonElement> ScanJsonAsync(TempTree tree, params string[] extra)
    {
        var run = await CliRun.RunAsync(Detectors, ["scan", tree.Root, "-f", "json", .. extra]);
        Assert.True(run.ExitCode is 0 or 1, run.ToString());
        return JsonDocument.Parse(run.Stdout).RootElement.Clone();
    }

    private static List<string> FindingLines(JsonElement report, string array = "findings") =>
        [.. report.GetProperty(array).EnumerateArray().Select(f => $"{f.GetProperty("location").GetProperty("path").GetString()}:{f.GetProperty("location").GetProperty("line").GetInt32()}")];

    [Fact]
    public async Task Inline_suppression_with_a_reason_on_the_line_or_above_suppresses()
    {
        using var tree = new TempTree().Write("app.py", """
            risky(1)  # rampart:ignore RMP-C900 input is a constant
            # rampart:ignore RMP-C900 reviewed in PR 12
            risky(2)
            risky(3)
            risky(4)  # rampart:ignore RMP-C900
            risky(5)  # rampart:ignore RMP-C901 wrong rule
            """);

        var report = await ScanJsonAsync(tree);

        Assert.Equal(["app.py:4", "app.py:5", "app.py:6"], FindingLines(report));
        Assert.Equal(["app.py:1", "app.py:3"], FindingLines(report, "suppressed"));
        var reasons = report.GetProperty("suppressed").EnumerateArray().Select(s => s.GetProperty("suppression").GetProperty("reason").GetString());
        Assert.Equal(["input is a constant", "reviewed in PR 12"], reasons);
        var warning = Assert.Single(report.GetProperty("warnings").EnumerateArray());
        Assert.Contains("gives no reason, so it does not suppress", warning.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Config_suppression_applies_until_it_expires_and_then_says_so()
    {
        using var tree = new TempTree()
            .Write("legacy/old.py", "risky(1)\n")
            .Write("tools/gen.py", "risky(2)\n")
            .Write("src/app.py", "risky(3)\n")
            .Write(".rampart.yml", """
                suppressions:
                  - rule: RMP-C900
                    path: legacy/
                    reason: scheduled for deletion
                    expires: 2999-12-31
                  - rule: RMP-C900
                    path: tools/*.py
                    reason: build-time only
                    expires: 2020-01-31
                """);

        var report = await ScanJsonAsync(tree);

        Assert.Equal(["src/app.py:1", "tools/gen.py:1"], FindingLines(report));
        Assert.Equal(["legacy/old.py:1"], FindingLines(report, "suppressed"));
        Assert.Equal("config", report.GetProperty("suppressed")[0].GetProperty("suppression").GetProperty("kind").GetString());
        var warning = Assert.Single(report.GetProperty("warnings").EnumerateArray());
        Assert.Equal("suppression of RMP-C900 for 'tools/*.py' expired on 2020-01-31 and no longer applies", warning.GetProperty("message").GetString());
    }

    [Fact]
    public async Task An_expired_suppression_does_not_hide_a_valid_one_for_the_same_finding()
    {
        using var tree = new TempTree().Write("legacy/old.py", "risky(1)\n").Write(".rampart.yml", """
            suppressions:
              - rule: RMP-C900
                path: legacy/
                reason: old waiver
                expires: 2020-01-31
              - rule: RMP-C900
                path: legacy/old.py
                reason: renewed waiver
                expires: 2999-01-31
            """);

        var report = await ScanJsonAsync(tree);

        Assert.Empty(report.GetProperty("findings").EnumerateArray());
        Assert.Equal("renewed waiver", report.GetProperty("suppressed")[0].GetProperty("suppression").GetProperty("reason").GetString());
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"version\": 9, \"findings\": []}")]
    public async Task A_baseline_of_another_version_exits_2(string content)
    {
        using var tree = new TempTree().Write("app.py", "risky(1)\n").Write("b.json", content);

        var run = await CliRun.RunAsync(Detectors, "scan", tree.Root, "--baseline", tree.PathOf("b.json"));

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("is not supported", run.Stderr);
    }

    [Fact]
    public async Task Baseline_round_trip_reports_only_new_findings_even_when_old_ones_move()
    {
        using var tree = new TempTree().Write("app.py", "risky(1)\nrisky(2)\n");
        var baselinePath = tree.PathOf("accepted.json");

        var create = await CliRun.RunAsync(Detectors, "baseline", "create", tree.Root, "--output", baselinePath);
        Assert.True(create.ExitCode == 0, create.ToString());
        Assert.Contains("Wrote 2 finding(s)", create.Stdout);

        var unchanged = await CliRun.RunAsync(Detectors, "scan", tree.Root, "--baseline", baselinePath, "-f", "json");
        Assert.True(unchanged.ExitCode == 0, unchanged.ToString());
        Assert.Equal(2, JsonDocument.Parse(unchanged.Stdout).RootElement.GetProperty("summary").GetProperty("baselined").GetInt32());

        // The accepted calls move down three lines; one new call appears.
        tree.Write("app.py", "import os\n\n\nrisky(1)\nrisky(2)\nrisky(os.environ['X'])\n");
        var report = await ScanJsonAsync(tree, "--baseline", baselinePath);

        Assert.Equal(["app.py:6"], FindingLines(report));
        Assert.Equal(2, report.GetProperty("summary").GetProperty("baselined").GetInt32());
    }

    [Fact]
    public async Task Baseline_create_defaults_to_the_scanned_folder()
    {
        using var tree = new TempTree().Write("app.py", "risky(1)\n");

        var run = await CliRun.RunAsync(Detectors, "baseline", "create", tree.Root);

        Assert.True(run.ExitCode == 0, run.ToString());
        using var baseline = JsonDocument.Parse(tree.Read(".rampart-baseline.json"));
        Assert.Equal(1, baseline.RootElement.GetProperty("version").GetInt32());
        Assert.Equal("RMP-C900", baseline.RootElement.GetProperty("findings")[0].GetProperty("rule").GetString());
    }

    [Fact]
    public async Task A_corrupt_baseline_exits_2()
    {
        using var tree = new TempTree().Write("app.py", "risky(1)\n").Write("b.json", "{ not json");

        var run = await CliRun.RunAsync(Detectors, "scan", tree.Root, "--baseline", tree.PathOf("b.json"));

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("b.json:1:", run.Stderr);
        Assert.Contains("not a Rampart baseline", run.Stderr);
    }

    [Fact]
    public async Task Console_report_shows_the_snippet_with_the_span_marked()
    {
        using var tree = new TempTree().Write("app.py", "import os\nvalue = risky(os.environ['X'])\nprint(value)\n");

        var run = await CliRun.RunAsync(Detectors, "scan", tree.Root);

        Assert.Contains("> 2 | value = risky(os.environ['X'])", run.Stdout);
        Assert.Contains("  |         ^^^^^^", run.Stdout);
        Assert.Contains("fix: Call safe() instead.", run.Stdout);
    }
}
