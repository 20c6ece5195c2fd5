namespace Rampart.Pipeline.Ci.GitLab;

/// <summary>
/// One parsed GitLab CI file: <c>.gitlab-ci.yml</c> or a file it includes. Each file is audited
/// where it is written, so a finding points at the line that has to change.
/// </summary>
internal sealed record GitLabPipeline
{
    public required string Path { get; init; }

    public IReadOnlyList<GitLabInclude> Includes { get; init; } = [];

    /// <summary>Top-level <c>variables:</c> and those set by <c>workflow: rules:</c>.</summary>
    public IReadOnlyList<WorkflowEntry> Variables { get; init; } = [];

    /// <summary>Every job, hidden templates (<c>.base</c>) included, and the defaults first when there are any.</summary>
    public IReadOnlyList<GitLabJob> Jobs { get; init; } = [];
}
