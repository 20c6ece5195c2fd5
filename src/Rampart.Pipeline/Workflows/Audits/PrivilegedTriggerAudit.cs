using System.Text.RegularExpressions;
using Rampart.Core.Findings;

namespace Rampart.Pipeline.Workflows.Audits;

/// <summary>
/// RMP-P020 and RMP-P021. Two rules rather than one with two severities, because they have
/// different fixes and a team may accept the trigger (a labeller) while never accepting the
/// checkout. They never both fire on one workflow: once the workflow checks out the pull
/// request's code, that critical finding says all the trigger finding would.
/// </summary>
internal sealed partial class PrivilegedTriggerAudit : WorkflowAudit
{
    private static readonly string[] PrivilegedTriggers = ["pull_request_target", "workflow_run"];

    public override void VisitWorkflow(Workflow workflow, WorkflowFindings findings)
    {
        var triggers = workflow.Triggers.Where(t => PrivilegedTriggers.Any(t.TextEquals)).ToList();
        if (triggers.Count == 0)
        {
            return;
        }

        var checkouts = workflow.Jobs.Where(j => !IsLimitedToSameRepository(j)).SelectMany(HeadCheckouts).ToList();
        foreach (var (job, step, at, what) in checkouts)
        {
            var trigger = triggers[0];
            findings.Add(
                WorkflowRules.UntrustedCheckoutInPrivilegedWorkflow,
                at,
                $"Job '{job.Label}' runs on {trigger.Text} and {what} in step '{step.Label}': the pull request's code runs with this repository's secrets and write token",
                $"job {job.Label}: {what}",
                [$"trigger {trigger.Text}", $"job {job.Label}", $"step {step.Label}", what],
                related: [trigger.Location with { Label = "privileged trigger" }]);
        }

        if (checkouts.Count > 0)
        {
            return;
        }

        foreach (var trigger in triggers)
        {
            findings.Add(
                WorkflowRules.DangerousWorkflowTrigger,
                trigger.Location,
                $"The workflow runs on {trigger.Text}, with this repository's secrets and a write token, for events anyone can cause",
                $"trigger {trigger.Text}",
                [$"trigger {trigger.Text}"]);
        }
    }

    /// <summary>Places where a job fetches the pull request's head: checkout inputs and git or gh commands.</summary>
    private static IEnumerable<(Job Job, Step Step, SourceLocation At, string What)> HeadCheckouts(Job job)
    {
        foreach (var step in job.Steps)
        {
            if (step.Uses?.Is("actions/checkout") == true)
            {
                foreach (var input in new[] { "ref", "repository" })
                {
                    if (step.Input(input) is { } value && HeadReference().Match(value.Raw) is { Success: true } head)
                    {
                        yield return (job, step, value.Location, $"checks out {input}: {head.Value}");
                    }
                }
            }

            if (step.Run is { } run && HeadFetchCommand().Match(run.Raw) is { Success: true } command)
            {
                yield return (job, step, run.LocationInRaw(command.Index, command.Length), $"fetches the pull request with '{command.Value}'");
            }
        }
    }

    /// <summary>A job guarded to run only for branches of this repository never sees a fork's code.</summary>
    private static bool IsLimitedToSameRepository(Job job) =>
        job.If is { } condition && SameRepositoryGuard().IsMatch(condition.Text.Replace(" ", string.Empty, StringComparison.Ordinal));

    [GeneratedRegex(@"github\.(?:head_ref|event\.pull_request\.(?:head\.(?:sha|ref|repo\.full_name)|merge_commit_sha|number)|event\.number|event\.workflow_run\.(?:head_sha|head_branch|head_repository\.full_name))", RegexOptions.CultureInvariant)]
    private static partial Regex HeadReference();

    [GeneratedRegex(@"\bgh\s+pr\s+checkout\b|\bgit\s+(?:fetch|pull|checkout)\b[^\n#;|&]*?\bpull/(?:\$\{\{[^}]*\}\}|[^\s/]+)/(?:head|merge)\b", RegexOptions.CultureInvariant)]
    private static partial Regex HeadFetchCommand();

    [GeneratedRegex(@"head\.repo\.full_name==github\.repository|github\.repository==github\.event\.pull_request\.head\.repo\.full_name|head\.repo\.fork==false|!github\.event\.pull_request\.head\.repo\.fork", RegexOptions.CultureInvariant)]
    private static partial Regex SameRepositoryGuard();
}
