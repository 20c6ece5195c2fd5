using Rampart.Secrets;
using Rampart.Tests.TestSupport;

namespace Rampart.Tests.Secrets;

/// <summary>Small real-looking apps whose secret findings are marked in the files themselves.</summary>
public sealed class SecretsFixtureTests
{
    public static TheoryData<string> Fixtures() => [.. Directory.GetDirectories(Path.Combine(RepoPaths.Fixtures, "Secrets")).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Fixtures))]
    public Task Findings_match_the_markers(string fixture) =>
        FixtureScan.AssertMatchesMarkersAsync(Path.Combine(RepoPaths.Fixtures, "Secrets", fixture), new SecretsDetector());

    [Fact]
    public async Task An_inline_ignore_with_a_reason_moves_the_secret_to_suppressed()
    {
        var report = await FixtureScan.ScanAsync(Path.Combine(RepoPaths.Fixtures, "Secrets", "express-api"), new SecretsDetector());

        var suppressed = Assert.Single(report.Suppressed);
        Assert.Equal(("src/db.js", 8), (suppressed.Finding.Location.Path, suppressed.Finding.Location.Line));
        Assert.Equal("rotated 2026-01-10, kept for the migration script", suppressed.Reason);
    }
}
