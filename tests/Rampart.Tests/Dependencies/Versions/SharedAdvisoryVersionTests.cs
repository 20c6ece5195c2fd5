using Rampart.Dependencies.Inventory;
using Rampart.Dependencies.Versions;

namespace Rampart.Tests.Dependencies.Versions;

/// <summary>Version matching against real OSV records and the edge cases ../shared/advisories/README.md lists.</summary>
public sealed class SharedAdvisoryVersionTests
{
    // The stored record has two ranges: [0, 2.6.7) and [1.0, 3.1.1); the loose `1.0` must read as 1.0.0.
    [Theory]
    [InlineData("0.9.0", true)]
    [InlineData("1.0.0", true)]
    [InlineData("2.6.7", true)]
    [InlineData("3.1.0", true)]
    [InlineData("3.1.1", false)]
    public void Node_fetch_introduced_one_point_zero(string version, bool expected)
    {
        var record = SharedAdvisoryRecord.Load("ghsa/GHSA-r683-j2x4-v87g.json");
        var looseRange = record.Entries.SelectMany(e => e.Ranges).Single(r => r.Contains(("introduced", "1.0")));

        Assert.Empty(OsvRangeEvaluator.Evaluate(new NpmVersionScheme(), version, looseRange).Problems);
        Assert.Equal(expected, record.IsAffected(Ecosystem.Npm, "node-fetch", version));
    }

    [Fact]
    public void Malformed_nuget_fix_version_does_not_crash()
    {
        var record = SharedAdvisoryRecord.Load("ghsa/GHSA-qj66-m88j-hmgj.json");
        var scheme = new NuGetVersionScheme();

        foreach (var range in record.Entries.SelectMany(e => e.Ranges))
        {
            var verdict = OsvRangeEvaluator.Evaluate(scheme, "9.0.0", range);
            Assert.NotNull(verdict);
        }

        Assert.True(record.IsAffected(Ecosystem.NuGet, "System.Security.Cryptography.Cose", "8.0.0"));
        Assert.False(record.IsAffected(Ecosystem.NuGet, "System.Security.Cryptography.Cose", "8.0.1"));
        Assert.True(record.IsAffected(Ecosystem.NuGet, "System.IO.Packaging", "9.0.0-preview.5.24306.7"));
        Assert.False(record.IsAffected(Ecosystem.NuGet, "System.IO.Packaging", "9.0.0-rc.2.24473.5"));
    }

    [Theory]
    [InlineData("6.2.3", true)]
    [InlineData("6.2.4", false)]
    [InlineData("6.5.2", true)]
    [InlineData("6.5.3", false)]
    [InlineData("6.9.6", true)]
    [InlineData("6.9.7", false)]
    [InlineData("6.10.2", true)]
    [InlineData("6.10.3", false)]
    [InlineData("6.11.0", false)]
    public void Qs_backport_ranges(string version, bool expected) =>
        Assert.Equal(expected, SharedAdvisoryRecord.Load("ghsa/GHSA-hrpp-h998-j3pp.json").IsAffected(Ecosystem.Npm, "qs", version));

    [Fact]
    public void Runtime_pack_entries_compare_as_nuget()
    {
        var record = SharedAdvisoryRecord.Load("ghsa/GHSA-447r-wph3-92pm.json");

        Assert.True(record.Entries.Count >= 26);
        Assert.True(record.IsAffected(Ecosystem.NuGet, "Microsoft.NetCore.App.Runtime.linux-arm", "8.0.6"));
        Assert.False(record.IsAffected(Ecosystem.NuGet, "microsoft.netcore.app.runtime.linux-arm", "8.0.7"));
        Assert.True(record.IsAffected(Ecosystem.NuGet, "Microsoft.NetCore.App.Runtime.linux-arm", "6.0.31"));
    }

    [Theory]
    [InlineData("0.7.28", false)]
    [InlineData("0.7.29", true)]
    [InlineData("0.7.30", false)]
    [InlineData("0.8.0", true)]
    [InlineData("1.0.0", true)]
    [InlineData("1.0.1", false)]
    public void Ua_parser_compromised_versions(string version, bool expected) =>
        Assert.Equal(expected, SharedAdvisoryRecord.Load("ghsa/GHSA-pjwm-rvh2-c87w.json").IsAffected(Ecosystem.Npm, "ua-parser-js", version));

    [Fact]
    public void Flatmap_stream_has_no_fix() =>
        Assert.True(SharedAdvisoryRecord.Load("ghsa/GHSA-mh6f-8j2x-4483.json").IsAffected(Ecosystem.Npm, "flatmap-stream", "0.1.1"));

    [Theory]
    [InlineData("4.19.2", true)]
    [InlineData("4.20.0", false)]
    [InlineData("5.0.0-alpha.1", true)]
    [InlineData("5.0.0-beta.3", true)]
    [InlineData("5.0.0", false)]
    public void Express_prerelease_bounds(string version, bool expected) =>
        Assert.Equal(expected, SharedAdvisoryRecord.Load("ghsa/GHSA-qw6h-vgh9-j6wx.json").IsAffected(Ecosystem.Npm, "express", version));

    [Theory]
    [InlineData("6.34.0", false)]
    [InlineData("7.0.0-preview", true)]
    [InlineData("7.0.0-PREVIEW.2", true)]
    [InlineData("7.1.1", true)]
    [InlineData("7.1.2", false)]
    public void Jwt_preview_bound(string version, bool expected) =>
        Assert.Equal(expected, SharedAdvisoryRecord.Load("ghsa/GHSA-59j7-ghrg-fj52.json").IsAffected(Ecosystem.NuGet, "System.IdentityModel.Tokens.Jwt", version));

    [Fact]
    public void Nuget_names_are_case_insensitive() =>
        Assert.True(SharedAdvisoryRecord.Load("ghsa/GHSA-gxr4-xjj5-5px2.json").IsAffected(Ecosystem.NuGet, "jQuery", "3.4.1"));

    [Fact]
    public void An_affected_entry_without_ranges_or_versions_matches_nothing() =>
        Assert.False(SharedAdvisoryRecord.Load("pypi/PYSEC-2022-15.json").IsAffected(Ecosystem.PyPI, "loguru", "0.5.3"));

    /// <summary>
    /// The NSWG records keep node-semver's own range string next to the converted OSV events: at every
    /// release boundary the two must agree (the converter's one prerelease difference is excluded).
    /// </summary>
    [Fact]
    public void Nswg_events_agree_with_their_original_node_semver_ranges()
    {
        var scheme = new NpmVersionScheme();
        var disagreements = new List<string>();
        var checkedEntries = 0;
        foreach (var path in Directory.EnumerateFiles(Path.Combine(SharedAdvisoryRecord.Root, "npm-nswg"), "*.json"))
        {
            var record = SharedAdvisoryRecord.Read(path);
            foreach (var entry in record.Entries)
            {
                if (!entry.DatabaseSpecific.TryGetValue("vulnerable_versions", out var range))
                {
                    continue;
                }

                checkedEntries++;
                foreach (var candidate in Boundaries(scheme, entry))
                {
                    var fromEvents = OsvRangeEvaluator.IsListed(scheme, candidate, entry.Versions)
                        || entry.Ranges.Any(r => OsvRangeEvaluator.IsAffected(scheme, candidate, r));
                    if (fromEvents != scheme.Satisfies(candidate, range))
                    {
                        disagreements.Add($"{record.Id} '{range}' {candidate}: events say {fromEvents}");
                    }
                }
            }
        }

        Assert.True(checkedEntries > 400, $"only {checkedEntries} entries checked");
        Assert.Empty(disagreements);
    }

    [Fact]
    public void Every_shared_record_evaluates_and_only_real_malformed_versions_are_reported()
    {
        var unparsable = new SortedSet<string>(StringComparer.Ordinal);
        var evaluated = 0;
        foreach (var path in Directory.EnumerateFiles(SharedAdvisoryRecord.Root, "*.json", SearchOption.AllDirectories))
        {
            var record = SharedAdvisoryRecord.Read(path);
            foreach (var entry in record.Entries)
            {
                if (!EcosystemNames.TryParseOsvName(entry.Ecosystem, out var ecosystem)
                    || !VersionSchemes.TryGet(ecosystem, out var scheme))
                {
                    continue;
                }

                foreach (var range in entry.Ranges)
                {
                    evaluated++;
                    var verdict = OsvRangeEvaluator.Evaluate(scheme, "1.0.0", range);
                    foreach (var problem in verdict.Problems)
                    {
                        unparsable.Add($"{record.Id}: {problem}");
                    }
                }
            }
        }

        Assert.True(evaluated > 3000, $"only {evaluated} ranges evaluated");
        string[] expected =
        [
            "PYSEC-2019-125: fixed version '2019-09-12' is not a valid PyPI version; event skipped",
            "PYSEC-2021-371: fixed version '0.2.0-n653' is not a valid PyPI version; event skipped",
            "RETIREJS-dwr-2: fixed version '3.0.RC3' is not a valid Npm version; event skipped",
            "RETIREJS-handlebars-1: fixed version '1.0.0.beta.3' is not a valid Npm version; event skipped",
        ];
        Assert.Equal(expected, unparsable);
    }

    private static IEnumerable<string> Boundaries(IVersionScheme scheme, SharedAdvisoryRecord.Affected entry)
    {
        var bounds = entry.Ranges.SelectMany(r => r.Select(e => e.Version)).Concat(entry.Versions);
        foreach (var bound in bounds)
        {
            if (!scheme.TryParse(bound, out var parsed) || parsed!.ToString()!.Contains('-', StringComparison.Ordinal))
            {
                continue;
            }

            var parts = parsed.ToString()!.Split('.').Select(long.Parse).ToArray();
            yield return $"{parts[0]}.{parts[1]}.{parts[2]}";
            yield return $"{parts[0]}.{parts[1]}.{parts[2] + 1}";
            if (parts[2] > 0)
            {
                yield return $"{parts[0]}.{parts[1]}.{parts[2] - 1}";
            }
        }
    }
}
