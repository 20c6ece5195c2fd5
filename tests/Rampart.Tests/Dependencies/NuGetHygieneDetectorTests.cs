using Rampart.Dependencies.Hygiene;
using Rampart.Tests.TestSupport;

namespace Rampart.Tests.Dependencies;

/// <summary>RMP-D010..D012 on fixtures whose XML comments mark the lines that must be reported.</summary>
public sealed class NuGetHygieneDetectorTests
{
    private static string Fixture(string name) => Path.Combine(RepoPaths.Fixtures, "Dependencies", "NuGetHygiene", name);

    [Theory]
    [InlineData("flagged")]
    [InlineData("clean")]
    public async Task Findings_match_the_expect_markers(string fixture) =>
        await FixtureScan.AssertMatchesMarkersAsync(Fixture(fixture), new NuGetHygieneDetector());

    [Fact]
    public async Task Messages_name_the_suppressed_codes_and_the_unmapped_sources()
    {
        var report = await FixtureScan.ScanAsync(Fixture("flagged"), new NuGetHygieneDetector());

        Assert.Contains(report.Findings, f => f.Message == "NoWarn lists NU1901, NU1904: warnings about packages with known vulnerabilities are hidden");
        Assert.Contains(report.Findings, f => f.Message.StartsWith("WarningsNotAsErrors lists NU1902, NU1903: ", StringComparison.Ordinal));
        Assert.Contains(report.Findings, f => f.Message.StartsWith("2 package sources (nuget.org, contoso) and no packageSourceMapping", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_file_that_is_not_xml_is_skipped_without_a_finding()
    {
        using var tree = new TempTree().Write("Broken.csproj", "<Project><NuGetAudit>false</NuGetAudit>").Write("nuget.config", "not xml");

        var report = await FixtureScan.ScanAsync(tree.Root, new NuGetHygieneDetector());

        Assert.Empty(report.Findings);
    }
}
