using System.Text.Json;
using Rampart.Dependencies.Inventory;
using Rampart.Dependencies.Versions;
using Rampart.Tests.TestSupport;

namespace Rampart.Tests.Dependencies.Versions;

/// <summary>Reads the `affected` entries of a real OSV record from ../shared/advisories for version tests.</summary>
internal sealed record SharedAdvisoryRecord(string Id, IReadOnlyList<SharedAdvisoryRecord.Affected> Entries)
{
    public static string Root => Path.Combine(RepoPaths.Shared, "advisories");

    public static SharedAdvisoryRecord Load(string relativePath) => Read(Path.Combine(Root, relativePath));

    public static SharedAdvisoryRecord Read(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var root = document.RootElement;
        var entries = new List<Affected>();
        var isOsvRecord = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("id", out _);
        if (!isOsvRecord)
        {
            return new SharedAdvisoryRecord(Path.GetFileName(path), entries);
        }

        if (root.TryGetProperty("affected", out var affected))
        {
            foreach (var entry in affected.EnumerateArray())
            {
                entries.Add(ReadAffected(entry));
            }
        }

        return new SharedAdvisoryRecord(root.GetProperty("id").GetString()!, entries);
    }

    /// <summary>The OSV answer for one package version: listed, or inside any non-GIT range.</summary>
    public bool IsAffected(Ecosystem ecosystem, string name, string version)
    {
        Assert.True(VersionSchemes.TryGet(ecosystem, out var scheme));
        var comparison = ecosystem == Ecosystem.NuGet ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        var matching = Entries
            .Where(e => e.Ecosystem == ecosystem.ToOsvName() && string.Equals(e.Name, name, comparison))
            .ToList();
        Assert.NotEmpty(matching);
        return matching.Any(e =>
            OsvRangeEvaluator.IsListed(scheme, version, e.Versions)
            || e.Ranges.Any(r => OsvRangeEvaluator.IsAffected(scheme, version, r)));
    }

    private static Affected ReadAffected(JsonElement entry)
    {
        var package = entry.GetProperty("package");
        var ranges = new List<IReadOnlyList<(string Kind, string Version)>>();
        if (entry.TryGetProperty("ranges", out var rangeArray))
        {
            foreach (var range in rangeArray.EnumerateArray())
            {
                if (range.GetProperty("type").GetString() == "GIT")
                {
                    continue;
                }

                ranges.Add(range.GetProperty("events").EnumerateArray()
                    .SelectMany(e => e.EnumerateObject().Select(p => (p.Name, p.Value.GetString() ?? "")))
                    .ToList());
            }
        }

        var versions = entry.TryGetProperty("versions", out var list)
            ? list.EnumerateArray().Select(v => v.GetString() ?? "").ToList()
            : [];
        var specific = entry.TryGetProperty("database_specific", out var ds) && ds.ValueKind == JsonValueKind.Object
            ? ds.EnumerateObject()
                .Where(p => p.Value.ValueKind == JsonValueKind.String)
                .ToDictionary(p => p.Name, p => p.Value.GetString()!)
            : [];
        return new Affected(
            package.GetProperty("ecosystem").GetString() ?? "",
            package.GetProperty("name").GetString() ?? "",
            ranges,
            versions,
            specific);
    }

    internal sealed record Affected(
        string Ecosystem,
        string Name,
        IReadOnlyList<IReadOnlyList<(string Kind, string Version)>> Ranges,
        IReadOnlyList<string> Versions,
        IReadOnlyDictionary<string, string> DatabaseSpecific);
}
