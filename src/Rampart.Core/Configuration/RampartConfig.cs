using Rampart.Core.Findings;

namespace Rampart.Core.Configuration;

/// <summary>The settings of <c>.rampart.yml</c>; <see cref="Default"/> when there is no file.</summary>
public sealed record RampartConfig
{
    public static RampartConfig Default { get; } = new();

    /// <summary>The file it was read from, for error messages; null for the default.</summary>
    public string? SourcePath { get; init; }

    public Severity? FailOn { get; init; }

    public long? MaxFileSize { get; init; }

    public IReadOnlyList<string> Exclude { get; init; } = [];

    public IReadOnlyList<RuleOverride> Rules { get; init; } = [];

    public IReadOnlyList<Suppression> Suppressions { get; init; } = [];

    /// <summary>The project's own auth names for the route inventory (<c>routes:</c>).</summary>
    public RouteVocabulary Routes { get; init; } = RouteVocabulary.Empty;

    public RuleOverride? OverrideFor(RuleId rule) => Rules.LastOrDefault(r => r.Rule == rule);
}
