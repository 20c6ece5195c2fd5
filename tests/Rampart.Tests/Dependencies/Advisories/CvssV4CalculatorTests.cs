using Rampart.Dependencies.Advisories;

namespace Rampart.Tests.Dependencies.Advisories;

public sealed class CvssV4CalculatorTests
{
    // Scores as FIRST's CVSS v4.0 calculator gives them.
    [Theory]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N", 9.3)]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H", 10.0)]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:H/SC:N/SI:N/SA:N", 8.7)]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:N/VA:N/SC:N/SI:N/SA:N", 8.7)]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:L/VI:N/VA:N/SC:N/SI:N/SA:N", 6.9)]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:P/VC:N/VI:N/VA:N/SC:L/SI:L/SA:N", 5.3)]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:L/UI:P/VC:N/VI:N/VA:N/SC:L/SI:L/SA:N", 5.1)]
    [InlineData("CVSS:4.0/AV:L/AC:L/AT:N/PR:L/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N", 8.5)]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:L/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N", 8.7)]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:N/SC:N/SI:N/SA:N", 0.0)]
    public void Base_score_matches_the_reference_calculator(string vector, double expected)
    {
        Assert.True(CvssV4Calculator.TryScore(vector, out var score));
        Assert.Equal(expected, score, 1);
    }

    [Theory]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H")]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N")]
    [InlineData("CVSS:4.0/AV:Q/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N")]
    [InlineData("CVSS:4.0/AV:N/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N")]
    public void Other_versions_and_malformed_vectors_are_refused(string vector) =>
        Assert.False(CvssV4Calculator.TryScore(vector, out _));

    [Fact]
    public void Every_cvss_v4_vector_in_the_shared_data_scores()
    {
        var vectors = Directory.EnumerateFiles(Path.Combine(SharedAdvisoryStore.Folder, "ghsa"), "*.json")
            .Select(f => OsvParser.TryParse(File.ReadAllText(f), f, out var r, out _) ? r : null)
            .OfType<OsvRecord>()
            .SelectMany(r => r.Severity.Where(s => s.Type == "CVSS_V4"))
            .Select(s => s.Score)
            .ToArray();

        Assert.Equal(6, vectors.Length);
        Assert.All(vectors, v => Assert.True(CvssV4Calculator.TryScore(v, out var score) && score is > 0 and <= 10, v));
    }

    [Fact]
    public void The_computed_severity_of_every_ghsa_record_agrees_with_githubs_own_rating()
    {
        var records = Directory.EnumerateFiles(Path.Combine(SharedAdvisoryStore.Folder, "ghsa"), "*.json")
            .Select(f => OsvParser.TryParse(File.ReadAllText(f), f, out var r, out _) ? r : null)
            .OfType<OsvRecord>()
            .Where(r => r.Severity.Count > 0)
            .ToArray();

        Assert.True(records.Length > 30);
        Assert.All(records, r =>
        {
            var severity = AdvisorySeverity.Of(r)!;
            Assert.NotNull(severity.Score);
            var expected = r.DatabaseSeverity == "MODERATE" ? "MEDIUM" : r.DatabaseSeverity;
            Assert.Equal(expected, severity.Level.ToString().ToUpperInvariant());
        });
    }

    [Fact]
    public void With_both_vectors_the_higher_score_stands()
    {
        // GHSA-qw6h-vgh9-j6wx (express): v3 5.0, v4 2.3; GitHub rates it MODERATE.
        Assert.True(CvssV4Calculator.TryScore("CVSS:4.0/AV:N/AC:L/AT:P/PR:N/UI:P/VC:N/VI:N/VA:N/SC:L/SI:L/SA:L", out var v4));
        Assert.Equal(2.3, v4, 1);
        var json = File.ReadAllText(Path.Combine(SharedAdvisoryStore.Folder, "ghsa", "GHSA-qw6h-vgh9-j6wx.json"));
        Assert.True(OsvParser.TryParse(json, "express", out var record, out _));

        Assert.Equal(5.0, AdvisorySeverity.Of(record!)!.Score);
    }
}
