namespace Rampart.Core.Findings;

/// <summary>A few source lines around a finding; <see cref="FirstLine"/> is the 1-based number of the first.</summary>
public sealed record Snippet(int FirstLine, IReadOnlyList<string> Lines)
{
    /// <summary>
    /// Columns of the finding's span on its first line as printed here, when they differ from the
    /// location's (a masked secret is shortened); 0 when the location's columns apply.
    /// </summary>
    public int MarkStartColumn { get; init; }

    public int MarkEndColumn { get; init; }
}
