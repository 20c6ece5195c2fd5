namespace Rampart.Pipeline.Workflows.Audits;

/// <summary>RMP-P027: <c>actions/checkout</c> without <c>persist-credentials: false</c>.</summary>
internal sealed class CheckoutCredentialsAudit : WorkflowAudit
{
    public override void VisitStep(Workflow workflow, Job job, Step step, WorkflowFindings findings)
    {
        if (step.Uses is not { } uses || !uses.Is("actions/checkout") || step.Input("persist-credentials")?.TextEquals("false") == true)
        {
            return;
        }

        findings.Add(
            WorkflowRules.CheckoutPersistsCredentials,
            uses.Value.Location,
            $"actions/checkout in job '{job.Label}' keeps the GITHUB_TOKEN in .git/config for every later step (persist-credentials is not false)",
            $"job {job.Label}: {uses.Value.Text}",
            [$"job {job.Label}", $"uses {uses.Value.Text}", step.Input("persist-credentials") is { } value ? $"persist-credentials: {value.Text}" : "persist-credentials not set"]);
    }
}
