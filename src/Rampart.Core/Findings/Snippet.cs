namespace Rampart.Core.Findings;

/// <summary>A few source lines around a finding; <see cref="FirstLine"/> is the 1-based number of the first.</summary>
public sealed record Snippet(int FirstLine, IReadOnlyList<string> Lines);
