using System.Text.Json;
using System.Text.Json.Serialization;
using Rampart.Core.Configuration;
using Rampart.Core.Findings;

namespace Rampart.Core.Baselines;

/// <summary>
/// <c>.rampart-baseline.json</c>: fingerprints of findings accepted when the baseline was made,
/// so a scan with <c>--baseline</c> reports only what is new.
/// </summary>
public sealed record Baseline
{
    public const string DefaultFileName = ".rampart-baseline.json";
    public const int CurrentVersion = 1;

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private HashSet<string>? _fingerprints;

    /// <summary>0 when the file did not say, which <see cref="Load"/> refuses.</summary>
    public int Version { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public IReadOnlyList<BaselineEntry> Findings { get; init; } = [];

    public static Baseline From(IEnumerable<Finding> findings, DateTimeOffset createdAt) => new()
    {
        Version = CurrentVersion,
        CreatedAt = createdAt,
        Findings = [.. findings
            .Select(f => new BaselineEntry(f.Fingerprint, f.RuleId.Value, f.Location.Path))
            .DistinctBy(e => e.Fingerprint)
            .OrderBy(e => e.Path, StringComparer.Ordinal)
            .ThenBy(e => e.Rule, StringComparer.Ordinal)
            .ThenBy(e => e.Fingerprint, StringComparer.Ordinal)],
    };

    public bool Contains(Finding finding) =>
        (_fingerprints ??= [.. Findings.Select(e => e.Fingerprint)]).Contains(finding.Fingerprint);

    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions) + "\n";

    public static Baseline Load(string path)
    {
        try
        {
            var baseline = JsonSerializer.Deserialize<Baseline>(File.ReadAllText(path), JsonOptions)
                ?? throw ConfigException.At(path, 0, 0, "the baseline file is empty");
            return baseline.Version == CurrentVersion
                ? baseline
                : throw ConfigException.At(path, 0, 0, $"baseline version {baseline.Version} is not supported (expected {CurrentVersion})");
        }
        catch (JsonException e)
        {
            throw ConfigException.At(path, (int)(e.LineNumber ?? -1) + 1, (int)(e.BytePositionInLine ?? -1) + 1, "not a Rampart baseline (invalid JSON)");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw ConfigException.At(path, 0, 0, $"cannot read the baseline ({e.Message})");
        }
    }
}
