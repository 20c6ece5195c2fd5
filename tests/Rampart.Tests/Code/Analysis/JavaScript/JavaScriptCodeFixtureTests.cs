using Rampart.Code.Analysis;
using Rampart.Code.Analysis.JavaScript;
using Rampart.Tests.TestSupport;

namespace Rampart.Tests.Code.Analysis.JavaScript;

/// <summary>
/// One small app per topic (injection, auth, logging, configuration, Next.js, NestJS): every
/// <c>expect:</c> marker must be reported on its line, and nothing else — the false positives
/// each fixture holds (parameterised queries, constants, sanitised input, token counters,
/// development-only settings) must stay silent.
/// </summary>
public sealed class JavaScriptCodeFixtureTests
{
    public static TheoryData<string> Fixtures() =>
        [.. Directory.GetDirectories(Path.Combine(RepoPaths.Fixtures, "Code", "JavaScript")).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Fixtures))]
    public Task Fixture_findings_match_markers(string fixture) =>
        FixtureScan.AssertMatchesMarkersAsync(Path.Combine(RepoPaths.Fixtures, "Code", "JavaScript", fixture), new CodeAnalysisDetector([new JavaScriptCodeAnalyzer()]));
}
