using Rampart.Core.Findings;
using Rampart.Pipeline.Hygiene.Ci;

namespace Rampart.Pipeline.Hygiene;

/// <summary>RMP-P004: GitHub workflows exist, but none runs on pull requests.</summary>
internal static class CiSkipsPullRequestsCheck
{
    private static readonly string[] PullRequestTriggers = ["pull_request", "pull_request_target", "merge_group"];

    public static Finding? Check(RepositoryLayout layout, IReadOnlyList<CiConfiguration> ci)
    {
        var workflows = ci.Where(c => c.System == CiSystem.GitHubWorkflow).ToList();
        if (!layout.HasProject || workflows.Count == 0 || workflows.Any(w => w.Triggers.Intersect(PullRequestTriggers, StringComparer.Ordinal).Any()))
        {
            return null;
        }

        var rule = PipelineRules.CiSkipsPullRequests;
        // Point at the triggers of the workflow that does the most: that is where pull_request belongs.
        var anchor = workflows.OrderByDescending(w => w.Commands.Count).ThenBy(w => w.Path, StringComparer.Ordinal).First();
        var triggers = workflows.SelectMany(w => w.Triggers).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var seen = triggers.Count == 0 ? "no triggers found" : $"triggers: only {string.Join(", ", triggers)}";
        return PipelineFinding.Create(
            rule,
            anchor.TriggerLocation ?? anchor.Anchor,
            $"No GitHub workflow runs on pull requests ({seen}), so a change is checked only after it is merged",
            "ci-skips-pull-requests",
            new PipelineEvidence("ci-triggers") { Observed = [.. triggers.Select(t => $"trigger {t}")] },
            fingerprintPath: ".") with
        {
            RelatedLocations = [.. workflows.Where(w => w != anchor).Select(w => w.TriggerLocation ?? new SourceLocation(w.Path))],
        };
    }
}
