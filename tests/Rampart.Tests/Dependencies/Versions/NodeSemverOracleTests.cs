using Rampart.Dependencies.Versions;
using Rampart.Tests.TestSupport;

namespace Rampart.Tests.Dependencies.Versions;

/// <summary>
/// Compares the npm scheme with answers recorded from node-semver itself
/// (Fixtures/Versions/record-node-semver-oracle.js): every range string of the NSWG records, versions
/// around their bounds (with prereleases), lowest allowed versions, orderings and loose parsing.
/// </summary>
public sealed class NodeSemverOracleTests
{
    // Deliberate differences: OSV data writes `1.0` for 1.0.0, and node's reading of a lone
    // trailing hyphen as the prerelease `-` is a quirk not worth copying.
    private static readonly Dictionary<string, string> Deviations = new(StringComparer.Ordinal)
    {
        ["1"] = "1.0.0",
        ["1.0"] = "1.0.0",
        ["1.2"] = "1.2.0",
        ["1.2.3-"] = "null",
        ["1.2.3-+b"] = "null",
    };

    private readonly NpmVersionScheme scheme = new();

    [Fact]
    public void Agrees_with_recorded_node_semver_answers()
    {
        var rows = File.ReadAllLines(Path.Combine(RepoPaths.Fixtures, "Versions", "node-semver-oracle.tsv"))
            .Where(line => !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .ToList();
        var disagreements = rows.Select(Check).OfType<string>().ToList();

        Assert.True(rows.Count > 4000, $"only {rows.Count} rows");
        Assert.Empty(disagreements);
    }

    private string? Check(string[] row)
    {
        var (expected, actual) = row[0] switch
        {
            "MIN" => (row[2], scheme.LowestAllowed(row[1]) ?? "null"),
            "SAT" => (row[3], scheme.Satisfies(row[2], row[1]) ? "true" : "false"),
            "CMP" => (row[3], Math.Sign(scheme.Compare(VersionOrdering.Parse(scheme, row[1]), VersionOrdering.Parse(scheme, row[2]))).ToString()),
            "VALID" => (Deviations.GetValueOrDefault(row[1], row[2]), scheme.TryParse(row[1], out var v) ? v!.ToString()! : "null"),
            _ => ("known row kind", row[0]),
        };
        return expected == actual ? null : $"{string.Join(" | ", row)}: got {actual}";
    }
}
