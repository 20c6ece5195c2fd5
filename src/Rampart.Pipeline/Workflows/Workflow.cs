namespace Rampart.Pipeline.Workflows;

/// <summary>A parsed <c>.github/workflows/*.yml</c>: what triggers it, what it may do, and its jobs.</summary>
internal sealed record Workflow
{
    public required string Path { get; init; }

    /// <summary>The first key of the file, where findings about the workflow as a whole point.</summary>
    public required WorkflowValue At { get; init; }

    public WorkflowValue? Name { get; init; }

    /// <summary>Event names under <c>on:</c>, each with its own position.</summary>
    public IReadOnlyList<WorkflowValue> Triggers { get; init; } = [];

    public WorkflowPermissions? Permissions { get; init; }

    public IReadOnlyList<WorkflowEntry> Env { get; init; } = [];

    public IReadOnlyList<Job> Jobs { get; init; } = [];

    /// <summary>Every scalar of the file in source order, for audits that look anywhere.</summary>
    public IReadOnlyList<WorkflowValue> Scalars { get; init; } = [];

    public WorkflowValue? Trigger(string name) => Triggers.FirstOrDefault(t => t.TextEquals(name));

    public bool IsTriggeredBy(params string[] names) => Triggers.Any(t => names.Any(t.TextEquals));
}
