namespace Rampart.Pipeline.Workflows.Audits;

/// <summary>RMP-P035: a job with steps and no <c>timeout-minutes</c> (a reusable-workflow call cannot set one).</summary>
internal sealed class MissingTimeoutAudit : WorkflowAudit
{
    public override void VisitJob(Workflow workflow, Job job, WorkflowFindings findings)
    {
        if (job.IsReusableWorkflowCall || job.TimeoutMinutes is not null)
        {
            return;
        }

        findings.Add(
            WorkflowRules.JobWithoutTimeout,
            job.Id.Location,
            $"Job '{job.Label}' has no timeout-minutes, so a hung step runs for up to six hours",
            $"job {job.Label}: no timeout",
            [$"job {job.Label} without timeout-minutes"]);
    }
}
