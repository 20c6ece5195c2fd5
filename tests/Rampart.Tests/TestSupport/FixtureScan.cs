using Rampart.Core.Configuration;
using Rampart.Core.Detectors;
using Rampart.Core.Findings;
using Rampart.Core.Reports;
using Rampart.Core.Scanning;

namespace Rampart.Tests.TestSupport;

/// <summary>
/// Scans a fixture project with the given detectors and compares the findings with the
/// <c>expected-findings.txt</c> kept next to it: every expected line must be found, and nothing else.
/// </summary>
internal static class FixtureScan
{
    public const string ExpectationsFile = "expected-findings.txt";

    public static async Task<ScanReport> ScanAsync(string root, params IDetector[] detectors)
    {
        var engine = new ScanEngine(detectors, TimeProvider.System, "0.0.0-test");
        var config = File.Exists(Path.Combine(root, ConfigLoader.DefaultFileName)) ? ConfigLoader.Load(Path.Combine(root, ConfigLoader.DefaultFileName)) : RampartConfig.Default;
        // Fixtures live inside this repository: its history is not theirs.
        return await engine.ScanAsync(new ScanRequest(root, config) { IncludeHistory = false }, progress: null, CancellationToken.None);
    }

    /// <summary>One finding as the expectations file writes it: <c>RMP-P002 medium package.json:7</c>.</summary>
    public static string Describe(Finding finding) =>
        $"{finding.RuleId} {finding.Severity.ToName()} {(finding.Location.HasLine ? $"{finding.Location.Path}:{finding.Location.Line}" : finding.Location.Path)}";

    public static async Task AssertMatchesExpectationsAsync(string root, params IDetector[] detectors)
    {
        var expected = ExpectationLines(root).Order(StringComparer.Ordinal).ToList();
        var report = await ScanAsync(root, detectors);
        var actual = report.Findings
            .Where(f => f.Location.Path != ExpectationsFile)
            .Select(Describe)
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(expected.SequenceEqual(actual), $"fixture {Path.GetFileName(root)}\nexpected:\n  {string.Join("\n  ", expected)}\nactual:\n  {string.Join("\n  ", actual)}");
    }

    /// <summary>
    /// Checks a fixture whose files carry <c>expect: RMP-XXXX</c> markers on the lines that must be
    /// reported (rule, path and line), plus <see cref="ExpectationsFile"/> for findings without a
    /// line or in files that cannot hold comments: every marker must be found, and nothing else.
    /// </summary>
    public static async Task<ScanReport> AssertMatchesMarkersAsync(string root, params IDetector[] detectors)
    {
        var expected = new List<string>();
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Where(f => Path.GetFileName(f) is not (ExpectationsFile or "expected-routes.json")))
        {
            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                var marker = lines[i].IndexOf("expect: RMP-", StringComparison.Ordinal);
                if (marker >= 0)
                {
                    expected.AddRange(System.Text.RegularExpressions.Regex.Matches(lines[i][marker..], "RMP-[SDCP][0-9]{3}").Select(m => $"{m.Value} {relative}:{i + 1}"));
                }
            }
        }

        // Lines of the expectations file are "RULE severity location" and are compared in full.
        var expectedInFull = File.Exists(Path.Combine(root, ExpectationsFile)) ? ExpectationLines(root).ToList() : [];
        var report = await ScanAsync(root, detectors);
        var unexpected = new List<string>();
        foreach (var full in report.Findings.Select(Describe))
        {
            var parts = full.Split(' ');
            if (!expectedInFull.Remove(full) && !expected.Remove($"{parts[0]} {parts[^1]}"))
            {
                unexpected.Add(full);
            }
        }

        var missing = expected.Concat(expectedInFull).ToList();
        Assert.True(missing.Count == 0 && unexpected.Count == 0, $"fixture {Path.GetFileName(root)}\nmissing:\n  {string.Join("\n  ", missing)}\nunexpected:\n  {string.Join("\n  ", unexpected)}");
        return report;
    }

    private static IEnumerable<string> ExpectationLines(string root) =>
        File.ReadAllLines(Path.Combine(root, ExpectationsFile)).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'));
}
