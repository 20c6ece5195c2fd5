namespace Rampart.Pipeline.Scaffolding;

/// <summary>What the parts of the planner collect: wanted files, notes on what was left out, and commands for the user.</summary>
internal sealed class ScaffoldDraft
{
    public List<ScaffoldFile> Files { get; } = [];

    public List<string> Notes { get; } = [];

    public List<string> NextSteps { get; } = [];
}
