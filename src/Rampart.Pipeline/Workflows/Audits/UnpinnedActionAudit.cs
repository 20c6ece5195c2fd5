using Rampart.Core.Findings;

namespace Rampart.Pipeline.Workflows.Audits;

/// <summary>
/// RMP-P026: <c>uses:</c> of a step or a reusable-workflow job that is not a full commit SHA (or,
/// for <c>docker://</c>, a digest). GitHub's own actions are medium, because their owner is
/// the platform already trusted to run the job; anyone else's is high.
/// </summary>
internal sealed class UnpinnedActionAudit : WorkflowAudit
{
    public override void VisitJob(Workflow workflow, Job job, WorkflowFindings findings)
    {
        if (job.Uses is { } uses)
        {
            Check(job, uses, $"Job '{job.Label}' calls the reusable workflow", findings);
        }
    }

    public override void VisitStep(Workflow workflow, Job job, Step step, WorkflowFindings findings)
    {
        if (step.Uses is { } uses)
        {
            Check(job, uses, $"Step '{step.Label}' in job '{job.Label}' uses", findings);
        }
    }

    private static void Check(Job job, ActionReference uses, string subject, WorkflowFindings findings)
    {
        if (uses.IsImmutable || uses.Value.Text.Contains("${{", StringComparison.Ordinal))
        {
            return;
        }

        var how = (uses.Kind, uses.Ref) switch
        {
            (ActionReferenceKind.Docker, null) => "an image with no tag or digest (latest)",
            (ActionReferenceKind.Docker, _) => $"the image tag '{uses.Ref}', not a sha256 digest",
            (_, null) => "no ref at all",
            _ => $"'{uses.Ref}', a tag or branch that can be moved, not a commit SHA",
        };
        var pinned = uses.Kind == ActionReferenceKind.Docker
            ? $"docker://{uses.Target}@sha256:<digest>"
            : $"{uses.Target}@<40-character commit SHA>{(uses.Ref is null ? string.Empty : $" # {uses.Ref}")}";
        findings.Add(
            WorkflowRules.UnpinnedAction,
            uses.Value.Location,
            $"{subject} {uses.Value.Text}, pinned to {how}",
            $"job {job.Label}: uses {uses.Value.Text}",
            [$"uses {uses.Value.Text}", uses.IsFirstParty ? "first-party (actions/, github/)" : "third-party"],
            severity: uses.IsFirstParty ? Severity.Medium : Severity.High,
            remediation: $"Pin it: uses: {pinned}. Dependabot (package-ecosystem: github-actions) keeps such pins up to date.");
    }
}
