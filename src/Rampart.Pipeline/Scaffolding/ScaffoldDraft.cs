namespace Rampart.Pipeline.Scaffolding;

/// <summary>What the parts of the planner collect: wanted files, notes on what was left out, and commands for the user.</summary>
internal sealed class ScaffoldDraft
{
    public List<ScaffoldFile> Files { get; } = [];

    public List<string> Notes { get; } = [];

    public List<string> NextSteps { get; } = [];

    /// <summary>The .NET solution or project whose restore writes the lockfiles init asked for; null when none is needed.</summary>
    public string? DotnetRestoreEntry { get; set; }
}
