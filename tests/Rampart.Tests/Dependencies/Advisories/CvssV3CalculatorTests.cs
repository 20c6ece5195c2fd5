using Rampart.Core.Findings;
using Rampart.Dependencies.Advisories;

namespace Rampart.Tests.Dependencies.Advisories;

public sealed class CvssV3CalculatorTests
{
    // Scores as published by NVD / FIRST's calculator for these vectors.
    [Theory]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", 9.8)]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:H/UI:N/S:U/C:H/I:H/A:H", 7.2)]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N", 6.1)]
    [InlineData("CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H", 7.8)]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H", 7.5)]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H", 10.0)]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:C/C:H/I:H/A:H", 9.9)]
    [InlineData("CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:N/A:N", 5.9)]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:L/I:N/A:N", 5.3)]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:U/C:N/I:H/A:N", 6.5)]
    [InlineData("CVSS:3.1/AV:L/AC:L/PR:N/UI:R/S:U/C:H/I:H/A:H", 7.8)]
    [InlineData("CVSS:3.0/AV:N/AC:L/PR:N/UI:R/S:U/C:H/I:H/A:H", 8.8)]
    [InlineData("CVSS:3.1/AV:P/AC:H/PR:H/UI:R/S:U/C:N/I:N/A:N", 0.0)]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:P/RL:O/RC:C", 9.8)]
    public void Base_score_matches_the_published_score(string vector, double expected)
    {
        Assert.True(CvssV3Calculator.TryScore(vector, out var score));
        Assert.Equal(expected, score, 1);
    }

    [Theory]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N")]
    [InlineData("AV:N/AC:L/Au:N/C:P/I:P/A:P")]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H")]
    [InlineData("CVSS:3.1/AV:X/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H")]
    [InlineData("CVSS:3.1/AV:N/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H")]
    public void Other_versions_and_malformed_vectors_are_refused(string vector) =>
        Assert.False(CvssV3Calculator.TryScore(vector, out _));

    [Theory]
    [InlineData(9.0, Severity.Critical)]
    [InlineData(8.9, Severity.High)]
    [InlineData(7.0, Severity.High)]
    [InlineData(6.9, Severity.Medium)]
    [InlineData(4.0, Severity.Medium)]
    [InlineData(3.9, Severity.Low)]
    [InlineData(0.1, Severity.Low)]
    [InlineData(0.0, Severity.Info)]
    public void Scores_map_to_rampart_severities(double score, Severity expected) =>
        Assert.Equal(expected, AdvisorySeverity.FromScore(score));

    [Fact]
    public void Every_cvss_v3_vector_in_the_shared_data_scores_except_the_one_malformed_vector()
    {
        var records = Directory.EnumerateFiles(SharedAdvisoryStore.Folder, "*.json", SearchOption.AllDirectories)
            .Select(f => OsvParser.TryParse(File.ReadAllText(f), f, out var r, out _) ? r : null)
            .OfType<OsvRecord>()
            .ToArray();
        var refused = records
            .SelectMany(r => r.Severity.Where(s => s.Type == "CVSS_V3").Select(s => (r.Id, s.Score)))
            .Where(v => !CvssV3Calculator.TryScore(v.Score, out var score) || score is < 0 or > 10)
            .ToArray();

        Assert.Equal([("NSWG-ECO-504", "CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:U/A:U")], refused);
    }

    [Fact]
    public void A_malformed_vector_falls_back_to_the_records_own_score()
    {
        var json = File.ReadAllText(Path.Combine(SharedAdvisoryStore.Folder, "npm-nswg", "NSWG-ECO-504.json"));
        Assert.True(OsvParser.TryParse(json, "NSWG-ECO-504", out var record, out _));

        var severity = AdvisorySeverity.Of(record!);

        Assert.Equal(new AdvisorySeverity(Severity.High, 7.5, "database_specific.cvss_score"), severity);
    }

    [Theory]
    [InlineData("ghsa/GHSA-35jh-r3h4-6jhm.json", Severity.High, 7.2)]
    [InlineData("ghsa/GHSA-qj66-m88j-hmgj.json", Severity.High, 8.8)]
    [InlineData("ghsa/GHSA-pjwm-rvh2-c87w.json", Severity.Critical, null)]
    [InlineData("npm-retirejs/RETIREJS-lodash-1.json", Severity.Medium, null)]
    public void Severity_comes_from_the_cvss_vector_else_the_records_rating(string file, Severity level, double? score)
    {
        // GHSA-qj66 carries only a CVSS v4 vector (its GHSA rating is HIGH too); the last two carry no vector.
        Assert.True(OsvParser.TryParse(File.ReadAllText(Path.Combine(SharedAdvisoryStore.Folder, file)), file, out var record, out _));

        var severity = AdvisorySeverity.Of(record!);

        Assert.Equal(level, severity!.Level);
        Assert.Equal(score, severity.Score);
    }
}
