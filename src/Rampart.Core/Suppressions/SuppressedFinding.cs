using Rampart.Core.Findings;

namespace Rampart.Core.Suppressions;

/// <summary>A finding someone accepted, kept in the report (not the gate) with their reason.</summary>
public sealed record SuppressedFinding(Finding Finding, SuppressionKind Kind, string Reason);
