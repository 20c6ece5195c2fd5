using System.Text.RegularExpressions;

namespace Rampart.Pipeline.Ci.GitLab.Audits;

/// <summary>
/// RMP-P061: <c>include: project:</c> without a <c>ref:</c> that is a commit SHA or a release tag,
/// and a component at <c>~latest</c>, a branch or a partial version.
/// </summary>
internal sealed partial class GitLabUnpinnedIncludeAudit : GitLabAudit
{
    public override void VisitInclude(GitLabPipeline pipeline, GitLabJob? job, GitLabInclude include, WorkflowFindings findings)
    {
        var target = include.Target.Text.Trim();
        var (problem, at) = include.Kind switch
        {
            GitLabIncludeKind.Project => (ProjectProblem(include.Ref), include.Ref ?? include.Target),
            GitLabIncludeKind.Component => (ComponentProblem(include.ComponentVersion), include.Target),
            _ => (null, include.Target),
        };
        if (problem is null)
        {
            return;
        }

        var what = include.Kind == GitLabIncludeKind.Project ? $"Project include {target}" : $"Component {target}";
        findings.Add(
            CiRules.GitLabIncludeUnpinnedRef,
            at.Location,
            $"{what} {problem}: anyone who can push there changes what this pipeline runs",
            $"include {target}",
            [$"include {include.Kind.ToString().ToLowerInvariant()} {target}", include.Ref is { } gitRef ? $"ref {gitRef.Text}" : "no ref"]);
    }

    private static string? ProjectProblem(WorkflowValue? gitRef) => gitRef?.Text.Trim() switch
    {
        null => "has no ref:, so it follows the project's default branch",
        var name when name.Contains('$', StringComparison.Ordinal) || CommitSha().IsMatch(name) || VersionTag().IsMatch(name) => null,
        var name => $"takes ref: {name}, a branch rather than a commit SHA or a release tag",
    };

    private static string? ComponentProblem(string? version) => version switch
    {
        null or "" => "has no version, so it follows the project's default branch",
        "~latest" => "follows ~latest, the newest release whatever it contains",
        _ when version.Contains('$', StringComparison.Ordinal) || CommitSha().IsMatch(version) || FullVersion().IsMatch(version) => null,
        _ when VersionTag().IsMatch(version) => $"takes @{version}, which moves to each new {version}.x release",
        _ => $"takes @{version}, a branch rather than a commit SHA or a full version",
    };

    [GeneratedRegex("^(?:[0-9a-f]{40}|[0-9a-f]{64})$", RegexOptions.CultureInvariant)]
    private static partial Regex CommitSha();

    /// <summary>A release tag: v1, 1.4, v1.4.2, 2.0.0-rc.1.</summary>
    [GeneratedRegex(@"^v?\d+(?:\.\d+)*(?:[-+][0-9A-Za-z.-]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex VersionTag();

    [GeneratedRegex(@"^v?\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.-]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex FullVersion();
}
