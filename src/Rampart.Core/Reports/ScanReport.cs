using Rampart.Core.Findings;
using Rampart.Core.Rules;
using Rampart.Core.Scanning;
using Rampart.Core.Suppressions;

namespace Rampart.Core.Reports;

/// <summary>
/// The result of one scan, and all a reporter may see: findings in report order, what was
/// accepted and why, what was skipped, and the gate decision.
/// </summary>
public sealed record ScanReport
{
    public required string ToolVersion { get; init; }

    /// <summary>Absolute scan root; finding paths are relative to it.</summary>
    public required string Root { get; init; }

    public required DateTimeOffset StartedAt { get; init; }

    public required DateTimeOffset FinishedAt { get; init; }

    public required IReadOnlyList<DetectorFamily> Families { get; init; }

    /// <summary>The rules of the detectors that ran, by id order.</summary>
    public required IReadOnlyList<Rule> Rules { get; init; }

    /// <summary>Findings that count, worst first.</summary>
    public required IReadOnlyList<Finding> Findings { get; init; }

    public IReadOnlyList<SuppressedFinding> Suppressed { get; init; } = [];

    /// <summary>How many findings matched the baseline and were left out.</summary>
    public int BaselinedCount { get; init; }

    public IReadOnlyList<ScanWarning> Warnings { get; init; } = [];

    public IReadOnlyList<SkippedFile> SkippedFiles { get; init; } = [];

    public int FilesScanned { get; init; }

    public required GateResult Gate { get; init; }

    /// <summary>True when a detector failed, so findings may be missing.</summary>
    public bool Incomplete => Warnings.Any(w => w.MakesScanIncomplete);

    public Rule RuleFor(Finding finding) => Rules.First(r => r.Id == finding.RuleId);

    public int Count(Severity severity) => Findings.Count(f => f.Severity == severity);
}
