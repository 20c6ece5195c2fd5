using Rampart.Core.Findings;
using Rampart.Core.Rules;

namespace Rampart.Code.Analysis;

/// <summary>Builds a code finding with the rule's defaults; the fingerprint rests on the sink's normalised text, not its line.</summary>
public static class CodeFinding
{
    /// <param name="sink">What the value reached, e.g. <c>FromSqlRaw</c>, <c>logger.LogInformation</c>.</param>
    /// <param name="source">Where the value came from, e.g. <c>query parameter q</c>; null for configuration rules.</param>
    /// <param name="code">The offending code as written, normalised into the fingerprint.</param>
    /// <param name="secretSpan">Where the code holds a secret literal, masked in every snippet.</param>
    public static Finding Create(Rule rule, SourceLocation location, string message, string sink, string? source, string code, Severity? severity = null, SourceLocation? secretSpan = null) => new()
    {
        RuleId = rule.Id,
        Severity = severity ?? rule.DefaultSeverity,
        Confidence = rule.DefaultConfidence,
        Message = message,
        Location = location,
        Fingerprint = Fingerprint.Create(rule.Id, location.Path, code),
        Evidence = new CodeEvidence(sink) { Source = source, SecretSpan = secretSpan },
    };
}
