namespace Rampart.Pipeline.Workflows.Audits;

/// <summary>RMP-P028: a reusable-workflow call with <c>secrets: inherit</c>.</summary>
internal sealed class SecretsInheritAudit : WorkflowAudit
{
    public override void VisitJob(Workflow workflow, Job job, WorkflowFindings findings)
    {
        if (job.Secrets is not { } secrets || !secrets.TextEquals("inherit"))
        {
            return;
        }

        var called = job.Uses?.Value.Text ?? "a reusable workflow";
        findings.Add(
            WorkflowRules.SecretsInheritedByReusableWorkflow,
            secrets.Location,
            $"Job '{job.Label}' passes every secret to {called} with secrets: inherit",
            $"job {job.Label}: secrets inherit {called}",
            [$"job {job.Label}", $"calls {called}", "secrets: inherit"]);
    }
}
