using Rampart.Dependencies.Advisories;

namespace Rampart.Tests.Dependencies.Advisories;

public sealed class OsvParserTests
{
    [Fact]
    public void Every_shared_record_parses_and_only_the_non_osv_manifest_is_skipped()
    {
        var files = Directory.EnumerateFiles(SharedAdvisoryStore.Folder, "*.json", SearchOption.AllDirectories).ToArray();
        var parsed = 0;
        var skipped = new List<string>();
        foreach (var file in files)
        {
            var source = Path.GetRelativePath(SharedAdvisoryStore.Folder, file);
            if (OsvParser.TryParse(File.ReadAllText(file), source, out _, out var problem))
            {
                parsed++;
            }
            else
            {
                skipped.Add(problem!);
            }
        }

        // The README counts 3,631 OSV records; the DataDog manifest is a name → versions map, not OSV.
        Assert.Equal(3631, parsed);
        var only = Assert.Single(skipped);
        Assert.StartsWith("malicious/datadog-npm-manifest-subset.json: skipped, not an OSV record", only);
    }

    [Fact]
    public void A_record_is_read_with_its_ranges_events_versions_and_rating()
    {
        var json = File.ReadAllText(Path.Combine(SharedAdvisoryStore.Folder, "ghsa", "GHSA-pjwm-rvh2-c87w.json"));

        Assert.True(OsvParser.TryParse(json, "ua-parser-js", out var record, out _));
        Assert.Equal("GHSA-pjwm-rvh2-c87w", record!.Id);
        Assert.Equal(3, record.Affected.Count);
        var first = record.Affected[0];
        Assert.Equal(new OsvPackage("npm", "ua-parser-js") { Purl = first.Package.Purl }, first.Package);
        Assert.Equal(["0.7.29"], first.Versions);
        Assert.Equal([new OsvEvent(OsvEventKind.Introduced, "0.7.29"), new OsvEvent(OsvEventKind.Fixed, "0.7.30")], first.Ranges[0].Events);
        Assert.Equal("CRITICAL", record.DatabaseSeverity);
        Assert.NotNull(record.Modified);
    }

    [Fact]
    public void A_withdrawn_record_says_so()
    {
        var withdrawn = Directory.EnumerateFiles(Path.Combine(SharedAdvisoryStore.Folder, "pypi"))
            .Select(f => OsvParser.TryParse(File.ReadAllText(f), f, out var r, out _) ? r! : null)
            .Count(r => r is { IsWithdrawn: true });

        Assert.Equal(10, withdrawn);
    }

    [Theory]
    [InlineData("{ \"id\": ", "not valid JSON")]
    [InlineData("[1, 2]", "not an OSV record (the document is not an object)")]
    [InlineData("{ \"modified\": \"2024-01-01T00:00:00Z\" }", "not an OSV record (no \"id\")")]
    [InlineData("{ \"id\": \"X-1\" }", "X-1 has no \"modified\" date")]
    [InlineData("{ \"id\": \"X-1\", \"modified\": \"2024-01-01T00:00:00Z\", \"affected\": [ { \"ranges\": [] } ] }", "X-1 has an \"affected\" entry without a package")]
    public void A_malformed_record_is_skipped_with_a_line_naming_the_file(string json, string reason)
    {
        Assert.False(OsvParser.TryParse(json, "feed/bad.json", out var record, out var problem));
        Assert.Null(record);
        Assert.StartsWith("feed/bad.json: skipped, ", problem);
        Assert.Contains(reason, problem);
    }

    [Fact]
    public void Unknown_events_and_wrongly_typed_fields_are_ignored_not_fatal()
    {
        const string json = """
            { "id": "X-2", "modified": "2024-01-01T00:00:00Z", "aliases": "not-a-list", "severity": [ { "type": "CVSS_V3" } ],
              "affected": [ { "package": { "ecosystem": "npm", "name": "a" }, "versions": [ 1, "1.0.0" ],
                "ranges": [ { "type": "SEMVER", "events": [ { "introduced": "0" }, { "surprise": "1" }, { "fixed": 2 } ] } ] } ] }
            """;

        Assert.True(OsvParser.TryParse(json, "x.json", out var record, out _));
        Assert.Empty(record!.Aliases);
        Assert.Empty(record.Severity);
        Assert.Equal(["1.0.0"], record.Affected[0].Versions);
        Assert.Equal([new OsvEvent(OsvEventKind.Introduced, "0")], record.Affected[0].Ranges[0].Events);
    }
}
