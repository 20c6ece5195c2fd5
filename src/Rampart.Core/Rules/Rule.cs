using Rampart.Core.Findings;

namespace Rampart.Core.Rules;

/// <summary>
/// What a rule is, independent of any one finding: reporters take help text, CWE ids and the
/// docs link from here.
/// </summary>
public sealed record Rule
{
    public required RuleId Id { get; init; }

    /// <summary>Kebab-case name that says what the bad pattern is, e.g. <c>no-ci-pipeline</c>.</summary>
    public required string Name { get; init; }

    /// <summary>One-line description.</summary>
    public required string Title { get; init; }

    public required FindingCategory Category { get; init; }

    public required Severity DefaultSeverity { get; init; }

    public required Confidence DefaultConfidence { get; init; }

    /// <summary>Why it matters, a short paragraph.</summary>
    public required string Description { get; init; }

    public required string Remediation { get; init; }

    public IReadOnlyList<int> Cwe { get; init; } = [];

    public DetectorFamily Family => Id.Family;

    public Uri HelpUri => RuleDocs.UriFor(Id);
}
