namespace Rampart.Pipeline.Ci.GitLab;

/// <summary>
/// A job of a GitLab pipeline, a hidden template job (<c>.base:</c>), or the pipeline's defaults
/// (<c>default:</c> and the older top-level <c>image:</c>, <c>services:</c>, <c>before_script:</c>, <c>after_script:</c>).
/// </summary>
internal sealed record GitLabJob
{
    /// <summary>The job's key (<c>build</c>, <c>.base</c>), or <c>default</c> for the defaults.</summary>
    public required string Name { get; init; }

    public bool IsDefaults { get; init; }

    /// <summary>A hidden job, only used through <c>extends:</c>, <c>!reference</c> or anchors.</summary>
    public bool IsTemplate => Name.StartsWith('.');

    /// <summary><c>image</c> and <c>service NAME</c> images.</summary>
    public IReadOnlyList<ContainerImage> Images { get; init; } = [];

    /// <summary>Lines of <c>before_script</c>, <c>script</c> and <c>after_script</c>, in that order.</summary>
    public IReadOnlyList<GitLabScriptLine> Scripts { get; init; } = [];

    /// <summary>The job's <c>variables:</c> and those its <c>rules:</c> set.</summary>
    public IReadOnlyList<WorkflowEntry> Variables { get; init; } = [];

    /// <summary>The jobs named by <c>extends:</c>; kept for the model, the audits read every job where it is written.</summary>
    public IReadOnlyList<WorkflowValue> Extends { get; init; } = [];

    /// <summary>The child pipeline a <c>trigger: include:</c> starts.</summary>
    public IReadOnlyList<GitLabInclude> TriggerIncludes { get; init; } = [];

    /// <summary>How findings name the job: "job build", "template job .base" or "the defaults".</summary>
    public string Label => IsDefaults ? "the defaults" : IsTemplate ? $"template job {Name}" : $"job {Name}";
}
