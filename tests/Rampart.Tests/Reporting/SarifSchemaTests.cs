using System.Globalization;
using System.Text.Json;
using Rampart.Core.Findings;
using Rampart.Core.Reports;
using Rampart.Reporting;

namespace Rampart.Tests.Reporting;

/// <summary>
/// The SARIF output against the official 2.1.0 schema, and against what GitHub code scanning
/// additionally reads: rule scores, tags and names, fingerprints, source-root-relative URIs and
/// suppression justifications.
/// </summary>
public sealed class SarifSchemaTests
{
    private const string SourceRoot = "%SRCROOT%";
    private const string KebabCase = "^[a-z0-9]+(-[a-z0-9]+)*$";

    /// <summary>A scheme ("file:", "https:", "C:") or a leading '/': neither belongs in a source-root-relative URI.</summary>
    private const string AbsoluteUriStart = "^(/|[A-Za-z][A-Za-z0-9+.-]*:)";

    public static TheoryData<string> ReportNames()
    {
        var names = new TheoryData<string>();
        foreach (var name in SampleReports.Names)
        {
            names.Add(name);
        }

        return names;
    }

    [Theory]
    [MemberData(nameof(ReportNames))]
    public void Sarif_output_is_valid_against_the_sarif_2_1_0_schema(string reportName)
    {
        var sarif = ReportRendering.Render(ReportFormat.Sarif, SampleReports.ByName(reportName));

        var results = SarifSchema.Evaluate(sarif);

        Assert.True(results.IsValid, $"SARIF of the '{reportName}' report breaks {SarifSchema.FileName}:\n{SarifSchema.DescribeFailures(results)}");
    }

    [Fact]
    public void Every_rule_has_the_score_tags_and_name_github_reads()
    {
        var report = SampleReports.WithFindings();
        using var sarif = RenderSarif(report);
        var rules = Run(sarif).GetProperty("tool").GetProperty("driver").GetProperty("rules");

        Assert.Equal(report.Rules.Select(r => r.Id.Value), rules.EnumerateArray().Select(r => r.GetProperty("id").GetString() ?? string.Empty));
        foreach (var rule in rules.EnumerateArray())
        {
            var expected = report.Rules.Single(r => r.Id.Value == rule.GetProperty("id").GetString());
            var properties = rule.GetProperty("properties");

            var score = properties.GetProperty("security-severity").GetString();
            var (min, max) = GitHubScoreRange(expected.DefaultSeverity);
            Assert.True(
                double.TryParse(score, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max,
                $"{expected.Id}: security-severity '{score}' is not a number in GitHub's {expected.DefaultSeverity} range {min}-{max}");

            var tags = properties.GetProperty("tags").EnumerateArray().Select(t => t.GetString() ?? string.Empty).ToList();
            Assert.Contains(expected.Family.ToName(), tags);
            Assert.Contains(expected.Category.ToTag(), tags);
            Assert.Matches(KebabCase, rule.GetProperty("name").GetString() ?? string.Empty);
        }
    }

    [Fact]
    public void Every_result_has_partial_fingerprints_and_points_at_its_rule()
    {
        using var sarif = RenderSarif(SampleReports.WithFindings());
        var run = Run(sarif);
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules");
        var results = run.GetProperty("results").EnumerateArray().ToList();

        Assert.NotEmpty(results);
        foreach (var result in results)
        {
            var ruleId = result.GetProperty("ruleId").GetString();
            Assert.True(
                result.TryGetProperty("partialFingerprints", out var fingerprints) && fingerprints.EnumerateObject().Any(),
                $"A {ruleId} result has no partialFingerprints, so GitHub cannot track it across commits");
            Assert.Equal(ruleId, rules[result.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString());
        }
    }

    [Fact]
    public void Every_artifact_uri_is_relative_to_the_source_root()
    {
        using var sarif = RenderSarif(SampleReports.WithFindings());
        var run = Run(sarif);
        var locations = ArtifactLocations(run);

        Assert.NotEmpty(locations);
        foreach (var location in locations)
        {
            var uri = location.GetProperty("uri").GetString() ?? string.Empty;
            Assert.Equal(SourceRoot, location.GetProperty("uriBaseId").GetString());
            Assert.DoesNotMatch(AbsoluteUriStart, uri);
            Assert.DoesNotContain(" ", uri, StringComparison.Ordinal);
            Assert.DoesNotContain("\\", uri, StringComparison.Ordinal);
        }

        var rootUri = run.GetProperty("originalUriBaseIds").GetProperty(SourceRoot).GetProperty("uri").GetString() ?? string.Empty;
        Assert.True(Uri.TryCreate(rootUri, UriKind.Absolute, out _), $"{SourceRoot} is '{rootUri}', not an absolute URI");
        Assert.EndsWith("/", rootUri, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_name_with_spaces_and_reserved_characters_is_percent_encoded()
    {
        using var sarif = RenderSarif(SampleReports.WithFindings());
        var uris = ArtifactLocations(Run(sarif)).Select(l => l.GetProperty("uri").GetString() ?? string.Empty).ToList();

        var hostile = Assert.Single(uris, uri => Uri.UnescapeDataString(uri) == SampleReports.HostilePath);
        Assert.Contains("Admin%20Panel", hostile, StringComparison.Ordinal);
        Assert.DoesNotMatch("[ |`]", hostile);
    }

    [Fact]
    public void Suppressed_findings_are_results_with_their_justification()
    {
        var report = SampleReports.WithFindings();
        using var sarif = RenderSarif(report);
        var results = Run(sarif).GetProperty("results").EnumerateArray().ToList();
        var suppressions = results
            .Where(r => r.TryGetProperty("suppressions", out _))
            .Select(r => Assert.Single(r.GetProperty("suppressions").EnumerateArray()))
            .ToList();

        Assert.Equal(report.Findings.Count + report.Suppressed.Count, results.Count);
        Assert.Equal(report.Suppressed.Count, suppressions.Count);
        Assert.Equal(
            report.Suppressed.Select(s => s.Reason).Order(StringComparer.Ordinal),
            suppressions.Select(s => s.GetProperty("justification").GetString() ?? string.Empty).Order(StringComparer.Ordinal));
        Assert.Equal(
            new[] { "external", "inSource" },
            suppressions.Select(s => s.GetProperty("kind").GetString() ?? string.Empty).Order(StringComparer.Ordinal));
    }

    private static JsonDocument RenderSarif(ScanReport report) => JsonDocument.Parse(ReportRendering.Render(ReportFormat.Sarif, report));

    private static JsonElement Run(JsonDocument sarif) => Assert.Single(sarif.RootElement.GetProperty("runs").EnumerateArray());

    /// <summary>GitHub's buckets: 9.0+ critical, 7.0-8.9 high, 4.0-6.9 medium, 0.1-3.9 low.</summary>
    private static (double Min, double Max) GitHubScoreRange(Severity severity) => severity switch
    {
        Severity.Critical => (9.0, 10.0),
        Severity.High => (7.0, 8.9),
        Severity.Medium => (4.0, 6.9),
        _ => (0.1, 3.9),
    };

    /// <summary>Every <c>artifactLocation</c> in the run: results, related locations, notifications.</summary>
    private static List<JsonElement> ArtifactLocations(JsonElement run)
    {
        var found = new List<JsonElement>();
        Collect(run, found);
        return found;

        static void Collect(JsonElement element, List<JsonElement> found)
        {
            if (element.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, found);
                }
            }

            if (element.ValueKind != JsonValueKind.Object)
            {
                return;
            }

            foreach (var property in element.EnumerateObject())
            {
                if (property.NameEquals("artifactLocation"))
                {
                    found.Add(property.Value);
                }

                Collect(property.Value, found);
            }
        }
    }
}
