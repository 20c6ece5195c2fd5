namespace Rampart.Pipeline.Ci.Azure;

/// <summary>
/// One parsed Azure Pipelines file: a pipeline or a template. A pipeline written as
/// <c>jobs:</c> or <c>steps:</c> alone gets one implicit stage (and job), so audits always see
/// stages, jobs and steps.
/// </summary>
internal sealed record AzurePipeline
{
    public required string Path { get; init; }

    public IReadOnlyList<WorkflowEntry> Variables { get; init; } = [];

    /// <summary><c>pool: vmImage:</c> of the whole pipeline.</summary>
    public WorkflowValue? VmImage { get; init; }

    /// <summary><c>resources: containers:</c>, which jobs name by alias.</summary>
    public IReadOnlyList<AzureContainerResource> Containers { get; init; } = [];

    public IReadOnlyList<AzureStage> Stages { get; init; } = [];

    /// <summary>Every <c>template:</c> the file references (stages, jobs, steps, variables, <c>extends:</c>), as written.</summary>
    public IReadOnlyList<WorkflowValue> Templates { get; init; } = [];

    /// <summary>Whether a job's <c>container:</c> names a container resource rather than an image.</summary>
    public bool IsContainerAlias(string name) => Containers.Any(c => c.Alias.Text.Trim() == name.Trim());
}
