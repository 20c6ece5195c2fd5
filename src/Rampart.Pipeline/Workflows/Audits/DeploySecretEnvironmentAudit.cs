using System.Text.RegularExpressions;

namespace Rampart.Pipeline.Workflows.Audits;

/// <summary>
/// RMP-P037: in a workflow that runs on push, a job without <c>environment:</c> that reads a
/// secret whose name says deploy, token or key. Reported once per secret and job, at its first use.
/// </summary>
internal sealed partial class DeploySecretEnvironmentAudit : WorkflowAudit
{
    public override void VisitJob(Workflow workflow, Job job, WorkflowFindings findings)
    {
        if (workflow.Trigger("push") is not { } push || job.Environment is not null || job.IsReusableWorkflowCall)
        {
            return;
        }

        var reported = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var expression in job.Scalars.SelectMany(WorkflowExpression.In))
        {
            foreach (Match reference in SecretReference().Matches(expression.Body))
            {
                var secret = reference.Groups["name"].Value;
                if (secret.Equals("GITHUB_TOKEN", StringComparison.OrdinalIgnoreCase) || !DeployLooking().IsMatch(secret) || !reported.Add(secret))
                {
                    continue;
                }

                findings.Add(
                    WorkflowRules.DeploySecretWithoutEnvironment,
                    expression.Location,
                    $"Job '{job.Label}' runs on push and reads secrets.{secret} without an environment: any branch that can run this workflow can use it, with no reviewer or branch rule",
                    $"job {job.Label}: secrets.{secret}",
                    [$"job {job.Label} without environment", $"secret {secret}", "trigger push"],
                    remediation: $"Add environment: production (or the fitting name) to job '{job.Label}', protect it with required reviewers and deployment branches, and move {secret} into that environment's secrets.",
                    related: [push.Location with { Label = "push trigger" }]);
            }
        }
    }

    [GeneratedRegex(@"\bsecrets(?:\.(?<name>[A-Za-z_][A-Za-z0-9_-]*)|\[\s*'(?<name>[^']+)'\s*\])", RegexOptions.CultureInvariant)]
    private static partial Regex SecretReference();

    [GeneratedRegex("DEPLOY|TOKEN|KEY", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DeployLooking();
}
