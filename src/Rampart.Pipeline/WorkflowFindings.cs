using Rampart.Core.Findings;
using Rampart.Core.Rules;

namespace Rampart.Pipeline;

/// <summary>
/// Collects the findings of the audits for one CI file (GitHub Actions, GitLab CI, Azure
/// Pipelines) and gives them the shape every workflow finding shares: fingerprint from the
/// offending text (not the line), pipeline evidence naming the CI system.
/// </summary>
/// <param name="path">The file the findings are in; their fingerprints rest on it.</param>
/// <param name="subject">The evidence subject, the detector's name (<c>github-actions</c>, <c>gitlab-ci</c>).</param>
internal sealed class WorkflowFindings(string path, string subject)
{
    private readonly List<Finding> _findings = [];

    public string Path { get; } = path;

    public IReadOnlyList<Finding> All => _findings;

    /// <param name="rule">The rule broken.</param>
    /// <param name="at">The exact YAML node or span that is wrong.</param>
    /// <param name="message">What is wrong, naming the job, step or value.</param>
    /// <param name="offendingText">What identifies this occurrence across edits, e.g. "job build: actions/checkout@v4".</param>
    /// <param name="observed">The facts behind the finding, for the evidence.</param>
    /// <param name="severity">When this occurrence differs from the rule's default.</param>
    /// <param name="remediation">A fix for this occurrence; the rule's remediation otherwise.</param>
    /// <param name="related">Other places that explain the finding (the trigger, the env binding).</param>
    public void Add(
        Rule rule,
        SourceLocation at,
        string message,
        string offendingText,
        IReadOnlyList<string> observed,
        Severity? severity = null,
        string? remediation = null,
        IReadOnlyList<SourceLocation>? related = null)
    {
        _findings.Add(new Finding
        {
            RuleId = rule.Id,
            Severity = severity ?? rule.DefaultSeverity,
            Confidence = rule.DefaultConfidence,
            Message = message,
            Location = at,
            RelatedLocations = related ?? [],
            Fingerprint = Fingerprint.Create(rule.Id, Path, offendingText),
            Evidence = new PipelineEvidence(subject) { Observed = observed },
            Remediation = remediation,
        });
    }

    /// <summary>A finding built elsewhere, for evidence other than pipeline facts (a redacted secret).</summary>
    public void Add(Finding finding) => _findings.Add(finding);
}
