namespace Rampart.Pipeline.Workflows.Audits;

/// <summary>RMP-P032: a job on a <c>self-hosted</c> runner in a workflow that pull requests trigger.</summary>
internal sealed class SelfHostedRunnerAudit : WorkflowAudit
{
    private static readonly string[] PullRequestTriggers = ["pull_request", "pull_request_target"];

    public override void VisitJob(Workflow workflow, Job job, WorkflowFindings findings)
    {
        if (workflow.Triggers.FirstOrDefault(t => PullRequestTriggers.Any(t.TextEquals)) is not { } trigger
            || job.RunsOn.FirstOrDefault(l => l.TextEquals("self-hosted")) is not { } label)
        {
            return;
        }

        findings.Add(
            WorkflowRules.SelfHostedRunnerOnPullRequests,
            label.Location,
            $"Job '{job.Label}' runs on a self-hosted runner in a workflow triggered by {trigger.Text}: a fork's pull request can run its own code on that machine",
            $"job {job.Label}: self-hosted {trigger.Text}",
            [$"job {job.Label}", "runs-on self-hosted", $"trigger {trigger.Text}"],
            related: [trigger.Location with { Label = "pull request trigger" }]);
    }
}
