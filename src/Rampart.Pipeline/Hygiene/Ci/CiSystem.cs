namespace Rampart.Pipeline.Hygiene.Ci;

/// <summary>Which CI system a configuration file belongs to; decides which keys mean what.</summary>
internal enum CiSystem
{
    GitHubWorkflow,

    /// <summary>A local composite action: not a pipeline of its own, but its steps run inside workflows.</summary>
    GitHubCompositeAction,
    GitLab,
    AzurePipelines,

    /// <summary>Any other system (CircleCI, Jenkins, Travis, ...): commands are read, nothing else.</summary>
    Other,
}
