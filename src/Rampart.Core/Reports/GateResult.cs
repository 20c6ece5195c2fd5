using Rampart.Core.Findings;

namespace Rampart.Core.Reports;

/// <summary>The pipeline gate: the fail threshold and how many findings reach it.</summary>
public sealed record GateResult(Severity FailOn, int FindingsAtOrAboveThreshold)
{
    public bool Passed => FindingsAtOrAboveThreshold == 0;

    public static GateResult Evaluate(Severity failOn, IEnumerable<Finding> findings) =>
        new(failOn, findings.Count(f => f.Severity >= failOn));
}
