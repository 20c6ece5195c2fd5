namespace Rampart.Pipeline.Workflows;

/// <summary>One entry of <c>jobs:</c>: either steps on a runner, or a call of a reusable workflow (<see cref="Uses"/>).</summary>
internal sealed record Job
{
    /// <summary>The job's key, e.g. <c>build</c>; findings about the job as a whole point here.</summary>
    public required WorkflowValue Id { get; init; }

    public WorkflowValue? Name { get; init; }

    /// <summary>Runner labels, however <c>runs-on:</c> spelled them (string, list, or <c>labels:</c> of a group).</summary>
    public IReadOnlyList<WorkflowValue> RunsOn { get; init; } = [];

    public WorkflowPermissions? Permissions { get; init; }

    /// <summary>The environment's name (or its key when the name is not a plain value).</summary>
    public WorkflowValue? Environment { get; init; }

    public IReadOnlyList<ContainerImage> Images { get; init; } = [];

    public IReadOnlyList<Step> Steps { get; init; } = [];

    public WorkflowValue? TimeoutMinutes { get; init; }

    public WorkflowValue? If { get; init; }

    /// <summary>The reusable workflow this job calls, when it is a call.</summary>
    public ActionReference? Uses { get; init; }

    /// <summary>The <c>secrets:</c> value when it is a plain value (<c>inherit</c>).</summary>
    public WorkflowValue? Secrets { get; init; }

    public IReadOnlyList<WorkflowEntry> Env { get; init; } = [];

    /// <summary>Every scalar of the job, steps included, in source order.</summary>
    public IReadOnlyList<WorkflowValue> Scalars { get; init; } = [];

    public bool IsReusableWorkflowCall => Uses is not null;

    public string Label => Id.Text;
}
