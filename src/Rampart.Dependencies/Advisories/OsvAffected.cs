using System.Text.Json;

namespace Rampart.Dependencies.Advisories;

/// <summary>One OSV `affected` entry: a package, its ranges and its explicit version list.</summary>
public sealed record OsvAffected(OsvPackage Package)
{
    public IReadOnlyList<OsvRange> Ranges { get; init; } = [];

    public IReadOnlyList<string> Versions { get; init; } = [];

    public JsonElement? DatabaseSpecific { get; init; }

    public JsonElement? EcosystemSpecific { get; init; }

    /// <summary>A per-package rating some converted sources carry (RetireJS: low, medium, high, critical).</summary>
    public string? DatabaseSeverity => OsvJson.StringProperty(DatabaseSpecific, "severity");
}
