namespace Rampart.Pipeline.Scaffolding;

/// <summary>One file of the plan: where it goes, what is there now and what will be there.</summary>
/// <param name="Path">The file <c>init</c> is about, relative to the root with '/' separators.</param>
/// <param name="WritePath">Where the text is written: <see cref="Path"/>, or <c>Path.rampart-new</c> beside a user's file.</param>
/// <param name="Current">The text now at <see cref="WritePath"/>; null when there is no file.</param>
/// <param name="Proposed">The text <c>init</c> wants at <see cref="WritePath"/>.</param>
/// <param name="Purpose">What the file is for, as the output names it.</param>
public sealed record PlannedFile(string Path, string WritePath, string? Current, string Proposed, PlannedAction Action, string Purpose)
{
    /// <summary>True for hooks: the file must be executable.</summary>
    public bool Executable { get; init; }

    public bool Changes => Action != PlannedAction.Unchanged;
}
