namespace Rampart.Pipeline.Workflows.Audits;

/// <summary>
/// RMP-P025: write scopes given to jobs that only build or test (see <see cref="BuildJobClassifier"/>),
/// on the job itself or at the top of a workflow whose inheriting jobs all only build or test.
/// </summary>
internal sealed class WritePermissionsOnBuildJobAudit : WorkflowAudit
{
    public override void VisitWorkflow(Workflow workflow, WorkflowFindings findings)
    {
        var inheriting = workflow.Jobs.Where(j => j.Permissions is null).ToList();
        if (workflow.Permissions is not { } permissions || inheriting.Count == 0 || !inheriting.All(BuildJobClassifier.OnlyBuildsOrTests))
        {
            return;
        }

        var jobs = string.Join(", ", inheriting.Select(j => j.Label));
        foreach (var scope in permissions.WriteScopes)
        {
            Report(scope, $"The workflow grants {scope.Name}: write, but the job(s) that inherit it ({jobs}) only build or test", "workflow", findings);
        }
    }

    public override void VisitJob(Workflow workflow, Job job, WorkflowFindings findings)
    {
        if (job.Permissions is not { } permissions || !permissions.WriteScopes.Any() || !BuildJobClassifier.OnlyBuildsOrTests(job))
        {
            return;
        }

        foreach (var scope in permissions.WriteScopes)
        {
            Report(scope, $"Job '{job.Label}' only builds or tests but is granted {scope.Name}: write", $"job {job.Label}", findings);
        }
    }

    private static void Report(WorkflowEntry scope, string message, string owner, WorkflowFindings findings) =>
        findings.Add(
            WorkflowRules.WritePermissionsOnBuildJob,
            scope.Key.Location,
            message,
            $"{owner}: {scope.Name}: write",
            [$"{owner} {scope.Name}: write"],
            remediation: $"Change {scope.Name}: write to {scope.Name}: read (or remove it), and give write access only to a separate job that needs it.");
}
