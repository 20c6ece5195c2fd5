namespace Rampart.Pipeline.Scaffolding;

/// <summary>Everything <c>rampart init</c> would do to a repository, computed before anything is written.</summary>
/// <param name="Stacks">The stacks found, as the output names them.</param>
/// <param name="Files">The files, in the order they are reported.</param>
/// <param name="Notes">What was left out, and why.</param>
/// <param name="NextSteps">Commands for what cannot live in files (git config, repository settings, lockfiles).</param>
public sealed record ScaffoldPlan(string Stacks, IReadOnlyList<PlannedFile> Files, IReadOnlyList<string> Notes, IReadOnlyList<string> NextSteps)
{
    /// <summary>The .NET solution or project to restore so its packages.lock.json files exist; null when none is needed.</summary>
    public string? DotnetRestoreEntry { get; init; }

    public bool HasChanges => Files.Any(f => f.Changes);
}
