using Rampart.Core.Findings;

namespace Rampart.Pipeline.Hygiene.Ci;

/// <summary>One shell command (or action reference) a CI configuration runs, and where it is written.</summary>
internal sealed record CiCommand(string Text, SourceLocation Location);
