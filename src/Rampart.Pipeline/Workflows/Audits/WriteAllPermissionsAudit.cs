namespace Rampart.Pipeline.Workflows.Audits;

/// <summary>RMP-P024: <c>permissions: write-all</c> on the workflow or a job.</summary>
internal sealed class WriteAllPermissionsAudit : WorkflowAudit
{
    public override void VisitWorkflow(Workflow workflow, WorkflowFindings findings) =>
        Check(workflow.Permissions, "The workflow", "workflow", findings);

    public override void VisitJob(Workflow workflow, Job job, WorkflowFindings findings) =>
        Check(job.Permissions, $"Job '{job.Label}'", $"job {job.Label}", findings);

    private static void Check(WorkflowPermissions? permissions, string owner, string key, WorkflowFindings findings)
    {
        if (permissions is not { IsWriteAll: true, Shorthand: { } shorthand })
        {
            return;
        }

        findings.Add(
            WorkflowRules.WriteAllPermissions,
            shorthand.Location,
            $"{owner} grants the GITHUB_TOKEN write-all: every write scope, for every step",
            $"{key}: write-all",
            [$"{key} permissions: write-all"]);
    }
}
