using Rampart.Code.Analysis;
using Rampart.Code.Analysis.CSharp;
using Rampart.Tests.TestSupport;

namespace Rampart.Tests.Code.Analysis.CSharp;

/// <summary>Each fixture holds true positives (expect: markers) and look-alikes that must stay silent.</summary>
public sealed class CSharpCodeRuleFixtureTests
{
    public static TheoryData<string> Fixtures() => [.. Directory.GetDirectories(Root).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    private static string Root => Path.Combine(RepoPaths.Fixtures, "Code", "CSharp");

    [Theory]
    [MemberData(nameof(Fixtures))]
    public Task Findings_match_the_markers(string fixture) =>
        FixtureScan.AssertMatchesMarkersAsync(Path.Combine(Root, fixture), new CodeAnalysisDetector([new CSharpCodeAnalyzer()]));
}
