using Rampart.Code.Analysis;
using Rampart.Code.Analysis.Python;
using Rampart.Core.Findings;
using Rampart.Tests.TestSupport;

namespace Rampart.Tests.Code.Analysis.Python;

/// <summary>
/// One small app per Python stack (Flask, FastAPI, Django/DRF, scripts): the code findings must
/// equal the fixture's <c>expect:</c> markers, true positives and silent false positives alike.
/// </summary>
public sealed class PythonCodeFixtureTests
{
    private static string FixtureRoot(string name) => Path.Combine(RepoPaths.Fixtures, "Code", "Python", name);

    public static TheoryData<string> Fixtures() =>
    [
        .. Directory.EnumerateDirectories(Path.Combine(RepoPaths.Fixtures, "Code", "Python")).Select(Path.GetFileName).Order(StringComparer.Ordinal).OfType<string>(),
    ];

    [Theory]
    [MemberData(nameof(Fixtures))]
    public Task Findings_match_the_markers(string fixture) =>
        FixtureScan.AssertMatchesMarkersAsync(FixtureRoot(fixture), new CodeAnalysisDetector([new PythonCodeAnalyzer()]));

    [Fact]
    public async Task A_file_that_does_not_lex_is_a_warning_naming_the_file()
    {
        var report = await FixtureScan.ScanAsync(FixtureRoot("ops-scripts"), new CodeAnalysisDetector([new PythonCodeAnalyzer()]));

        var warning = Assert.Single(report.Warnings, w => w.Detector == "python");
        Assert.Equal("scripts/broken.py", warning.Path);
        Assert.Contains("not valid Python", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Messages_never_quote_a_hard_coded_key()
    {
        var report = await FixtureScan.ScanAsync(FixtureRoot("fastapi-assistant"), new CodeAnalysisDetector([new PythonCodeAnalyzer()]));

        var weakKeys = report.Findings.Where(f => f.RuleId == CodeRules.WeakJwtSigningKey.Id).ToList();
        Assert.NotEmpty(weakKeys);
        Assert.All(weakKeys, f => Assert.DoesNotContain("change-me", f.Message, StringComparison.Ordinal));
        Assert.All(weakKeys, f => Assert.DoesNotContain("dev-signing-key", f.Message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Debug_run_under_the_main_guard_is_medium_and_says_so()
    {
        var report = await FixtureScan.ScanAsync(FixtureRoot("flask-shop"), new CodeAnalysisDetector([new PythonCodeAnalyzer()]));

        var debug = Assert.Single(report.Findings, f => f.RuleId == CodeRules.DebugModeInProduction.Id && f.Location.Path == "shop/app.py");
        Assert.Equal(Severity.Medium, debug.Severity);
        Assert.Contains("started as a script", debug.Message, StringComparison.Ordinal);
    }
}
