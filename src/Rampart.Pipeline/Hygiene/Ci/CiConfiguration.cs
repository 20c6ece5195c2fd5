using Rampart.Core.Findings;
using Rampart.Core.Scanning;

namespace Rampart.Pipeline.Hygiene.Ci;

/// <summary>
/// What the hygiene checks need to know about one CI file: the commands it runs, the actions or
/// tasks it uses, its GitHub triggers, and whether part of it lives elsewhere.
/// </summary>
internal sealed record CiConfiguration(RepoFile File, CiSystem System)
{
    public string Path => File.Path;

    /// <summary>Shell commands from <c>run:</c>, <c>script:</c> and similar keys, one per logical line.</summary>
    public IReadOnlyList<CiCommand> Commands { get; init; } = [];

    /// <summary>GitHub <c>uses:</c> and Azure <c>task:</c> values.</summary>
    public IReadOnlyList<CiCommand> ActionReferences { get; init; } = [];

    /// <summary>GitHub workflow triggers (<c>on:</c>), e.g. <c>push</c>, <c>pull_request</c>.</summary>
    public IReadOnlyList<string> Triggers { get; init; } = [];

    /// <summary>The <c>on:</c> key of a GitHub workflow; null elsewhere.</summary>
    public SourceLocation? TriggerLocation { get; init; }

    /// <summary>Where a finding about the file as a whole goes: its jobs (or first job), else the file.</summary>
    public required SourceLocation Anchor { get; init; }

    /// <summary>
    /// True when some of what the file runs is defined outside the scanned tree (a remote reusable
    /// workflow, a GitLab include, an Azure template), so the absence of a command proves nothing.
    /// </summary>
    public bool HasOpaqueParts { get; init; }

    public bool IsPipeline => System != CiSystem.GitHubCompositeAction;

    public IEnumerable<CiCommand> CommandsAndActions => Commands.Concat(ActionReferences);
}
