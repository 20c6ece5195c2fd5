namespace Rampart.Pipeline.Ci.Azure;

/// <summary>A <c>job:</c> or <c>deployment:</c> (whose steps sit under <c>strategy:</c>), or the implicit job of a pipeline that only has <c>steps:</c>.</summary>
internal sealed record AzureJob
{
    /// <summary>How findings name the job: "job build", "deployment deploy_web" or "the pipeline's job".</summary>
    public required string Label { get; init; }

    public IReadOnlyList<WorkflowEntry> Variables { get; init; } = [];

    public WorkflowValue? VmImage { get; init; }

    /// <summary>The <c>container:</c> value, or its <c>image:</c>: an image, or the alias of a container resource.</summary>
    public WorkflowValue? Container { get; init; }

    public IReadOnlyList<AzureStep> Steps { get; init; } = [];
}
