using Rampart.Core.Findings;
using Rampart.Core.Rules;

namespace Rampart.Pipeline;

/// <summary>
/// Builds a finding with the rule's defaults, so each check states only what is specific to it:
/// where, what is wrong, and the content its fingerprint rests on.
/// </summary>
internal static class PipelineFinding
{
    /// <param name="fingerprintContent">Normalised offending text (never a line number), so the fingerprint survives line moves.</param>
    /// <param name="fingerprintPath">The path the fingerprint rests on; defaults to the location's path.</param>
    public static Finding Create(Rule rule, SourceLocation location, string message, string fingerprintContent, Evidence evidence, string? fingerprintPath = null) => new()
    {
        RuleId = rule.Id,
        Severity = rule.DefaultSeverity,
        Confidence = rule.DefaultConfidence,
        Message = message,
        Location = location,
        Fingerprint = Fingerprint.Create(rule.Id, fingerprintPath ?? location.Path, fingerprintContent),
        Evidence = evidence,
    };
}
