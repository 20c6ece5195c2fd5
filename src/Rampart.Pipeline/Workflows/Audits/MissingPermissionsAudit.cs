namespace Rampart.Pipeline.Workflows.Audits;

/// <summary>
/// RMP-P023: no top-level <c>permissions:</c> while some job has none of its own either. A
/// workflow only ever called by others (<c>workflow_call</c>) is left alone: its caller decides.
/// </summary>
internal sealed class MissingPermissionsAudit : WorkflowAudit
{
    public override void VisitWorkflow(Workflow workflow, WorkflowFindings findings)
    {
        if (workflow.Permissions is not null || workflow.Triggers.All(t => t.TextEquals("workflow_call")))
        {
            return;
        }

        var exposed = workflow.Jobs.Where(j => j.Permissions is null).Select(j => j.Label).ToList();
        if (exposed.Count == 0)
        {
            return;
        }

        findings.Add(
            WorkflowRules.MissingWorkflowPermissions,
            workflow.At.Location,
            $"The workflow sets no permissions: job(s) {string.Join(", ", exposed)} get the repository's default GITHUB_TOKEN, which may be read-write",
            "missing top-level permissions",
            ["no top-level permissions", .. exposed.Select(j => $"job {j} without permissions")]);
    }
}
