namespace Rampart.Pipeline.Workflows;

/// <summary>One entry of a job's <c>steps:</c>: an action (<c>uses:</c>) or a script (<c>run:</c>).</summary>
internal sealed record Step
{
    /// <summary>0-based position in the job.</summary>
    public required int Index { get; init; }

    /// <summary>The step's first key, where a finding about the step as a whole points.</summary>
    public required WorkflowValue At { get; init; }

    public WorkflowValue? Name { get; init; }

    public WorkflowValue? Id { get; init; }

    public ActionReference? Uses { get; init; }

    public WorkflowValue? Run { get; init; }

    public WorkflowValue? Shell { get; init; }

    public WorkflowValue? If { get; init; }

    public IReadOnlyList<WorkflowEntry> With { get; init; } = [];

    public IReadOnlyList<WorkflowEntry> Env { get; init; } = [];

    /// <summary>Every scalar of the step, in source order.</summary>
    public IReadOnlyList<WorkflowValue> Scalars { get; init; } = [];

    /// <summary>The <c>with:</c> input named <paramref name="name"/> (case-insensitive, as GitHub reads it).</summary>
    public WorkflowValue? Input(string name) =>
        With.FirstOrDefault(e => e.Name.Equals(name, StringComparison.OrdinalIgnoreCase))?.Value;

    /// <summary>How findings name the step: its name, else its action or its position.</summary>
    public string Label => Name?.Text ?? Uses?.Target ?? $"step {Index + 1}";
}
