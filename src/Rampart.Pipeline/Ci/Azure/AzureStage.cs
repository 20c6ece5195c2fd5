namespace Rampart.Pipeline.Ci.Azure;

/// <summary>An entry of <c>stages:</c>, or the implicit stage of a pipeline without one (<see cref="Name"/> null).</summary>
internal sealed record AzureStage
{
    public WorkflowValue? Name { get; init; }

    public IReadOnlyList<WorkflowEntry> Variables { get; init; } = [];

    public WorkflowValue? VmImage { get; init; }

    public IReadOnlyList<AzureJob> Jobs { get; init; } = [];

    public string Label => Name is null ? "the pipeline" : $"stage {Name.Text}";
}
