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
        return await engine.ScanAsync(new ScanRequest(root, config), progress: null, CancellationToken.None);
    }

    /// <summary>One finding as the expectations file writes it: <c>RMP-P002 medium package.json:7</c>.</summary>
    public static string Describe(Finding finding) =>
        $"{finding.RuleId} {finding.Severity.ToName()} {(finding.Location.HasLine ? $"{finding.Location.Path}:{finding.Location.Line}" : finding.Location.Path)}";

    public static async Task AssertMatchesExpectationsAsync(string root, params IDetector[] detectors)
    {
        var expected = File.ReadAllLines(Path.Combine(root, ExpectationsFile))
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Order(StringComparer.Ordinal)
            .ToList();
        var report = await ScanAsync(root, detectors);
        var actual = report.Findings
            .Where(f => f.Location.Path != ExpectationsFile)
            .Select(Describe)
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(expected.SequenceEqual(actual), $"fixture {Path.GetFileName(root)}\nexpected:\n  {string.Join("\n  ", expected)}\nactual:\n  {string.Join("\n  ", actual)}");
    }
}
