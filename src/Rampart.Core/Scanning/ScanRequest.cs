using Rampart.Core.Baselines;
using Rampart.Core.Configuration;
using Rampart.Core.Findings;

namespace Rampart.Core.Scanning;

/// <summary>What to scan and how, after the CLI has resolved flags against the configuration.</summary>
public sealed record ScanRequest(string Root, RampartConfig Config)
{
    public const Severity DefaultFailOn = Severity.High;

    /// <summary>The families to run; all when empty.</summary>
    public IReadOnlySet<DetectorFamily> Families { get; init; } = new HashSet<DetectorFamily>();

    /// <summary>A command-line threshold, which wins over the configuration's.</summary>
    public Severity? FailOn { get; init; }

    public Baseline? Baseline { get; init; }

    public ScanSource Source { get; init; } = ScanSource.WorkingTree;

    /// <summary>The text to scan when <see cref="Source"/> is <see cref="ScanSource.Stdin"/>.</summary>
    public byte[] StdinContent { get; init; } = [];

    /// <summary>Whether detectors that read git history (secrets) do so; only for working-tree scans of a repository.</summary>
    public bool IncludeHistory { get; init; } = true;

    public Severity EffectiveFailOn => FailOn ?? Config.FailOn ?? DefaultFailOn;

    public bool Includes(DetectorFamily family) => Families.Count == 0 || Families.Contains(family);
}
