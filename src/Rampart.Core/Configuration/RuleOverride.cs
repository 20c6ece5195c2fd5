using Rampart.Core.Findings;

namespace Rampart.Core.Configuration;

/// <summary>A rule switched off or re-rated in <c>.rampart.yml</c>; <see cref="Line"/> points at it for errors.</summary>
public sealed record RuleOverride(RuleId Rule, bool Enabled, Severity? Severity, int Line);
