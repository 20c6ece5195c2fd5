using System.Text.RegularExpressions;
using Rampart.Pipeline.Scaffolding;

namespace Rampart.Pipeline.Workflows.Audits;

/// <summary>
/// RMP-P040: a <c>uses:</c> pinned to a commit SHA whose <c># vX.Y.Z</c> comment names another
/// release. Offline, a tag's commit is known only for the actions of init's pin table
/// (<see cref="ActionPins"/>): reported when the comment names the table's release with another
/// SHA, or the table's SHA with another release. Any other action or release is left alone.
/// </summary>
internal sealed partial class PinnedShaCommentMismatchAudit : WorkflowAudit
{
    public override void VisitJob(Workflow workflow, Job job, WorkflowFindings findings)
    {
        if (job.Uses is { } uses)
        {
            Check(job, uses, $"Job '{job.Label}' calls", findings);
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
        if (uses.Kind != ActionReferenceKind.Repository
            || !uses.IsImmutable
            || uses.Comment is null
            || ReleaseComment().Match(uses.Comment) is not { Success: true } comment
            || ActionPins.Find(uses.Repository) is not { } pin)
        {
            return;
        }

        var claimed = comment.Groups["version"].Value;
        var sameSha = string.Equals(uses.Ref, pin.Sha, StringComparison.OrdinalIgnoreCase);
        var sameVersion = claimed == pin.Version.TrimStart('v');
        // Both the same: a correct pin. Neither: a release the table does not know, so nothing to compare.
        if (sameSha == sameVersion)
        {
            return;
        }

        var truth = sameVersion ? $"{pin.Version} is commit {pin.Sha}" : $"commit {pin.Sha} is {pin.Version}";
        findings.Add(
            WorkflowRules.PinnedShaCommentMismatch,
            uses.Value.Location,
            $"{subject} {uses.Value.Text} # {comment.Value}, but {pin.Action} {truth}: the comment does not name the code that runs",
            $"job {job.Label}: uses {uses.Value.Text} # {comment.Value}",
            [$"uses {uses.Value.Text}", $"comment {comment.Value}", $"pin table: {pin.Reference}"],
            remediation: $"Pin the commit of the release the comment names, or correct the comment; the pin table has uses: {uses.Target}@{pin.Sha} # {pin.Version}.");
    }

    // The release a comment names, e.g. 'v6.0.2' in '# v6.0.2' or '# v6.0.2, see #12'; not 'v6' (a moving major tag) nor 'v6.0.2-rc.1'.
    [GeneratedRegex(@"^v?(?<version>\d+\.\d+\.\d+)(?![\w.+-])", RegexOptions.CultureInvariant)]
    private static partial Regex ReleaseComment();
}
