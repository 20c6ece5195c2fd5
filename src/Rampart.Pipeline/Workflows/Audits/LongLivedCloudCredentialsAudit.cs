using System.Text.RegularExpressions;
using Rampart.Core.Findings;

namespace Rampart.Pipeline.Workflows.Audits;

/// <summary>
/// RMP-P038: a cloud login with a static key where GitHub's OIDC would give short-lived
/// credentials: the key inputs of the three clouds' login actions, and the usual secret names
/// anywhere else in the job. One finding per credential and job.
/// </summary>
internal sealed partial class LongLivedCloudCredentialsAudit : WorkflowAudit
{
    /// <summary>Login action → the input that takes a long-lived key, and the cloud's OIDC alternative.</summary>
    private static readonly (string Action, string Input, string Cloud)[] KeyInputs =
    [
        ("aws-actions/configure-aws-credentials", "aws-access-key-id", "AWS"),
        ("azure/login", "creds", "Azure"),
        ("google-github-actions/auth", "credentials_json", "Google Cloud"),
    ];

    /// <summary>Secret names that hold a static key (only the key id of AWS's pair, so a pair is one finding).</summary>
    private static readonly (string Secret, string Cloud)[] KeySecrets =
    [
        ("AWS_ACCESS_KEY_ID", "AWS"), ("AZURE_CREDENTIALS", "Azure"), ("AZURE_CLIENT_SECRET", "Azure"),
        ("GCP_SA_KEY", "Google Cloud"), ("GCP_CREDENTIALS", "Google Cloud"), ("GOOGLE_CREDENTIALS", "Google Cloud"),
        ("GOOGLE_APPLICATION_CREDENTIALS", "Google Cloud"), ("GCLOUD_SERVICE_KEY", "Google Cloud"),
    ];

    public override void VisitJob(Workflow workflow, Job job, WorkflowFindings findings)
    {
        var reported = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var step in job.Steps)
        {
            foreach (var (action, input, cloud) in KeyInputs)
            {
                if (step.Uses?.Is(action) == true && step.Input(input) is { } key)
                {
                    reported.UnionWith(SecretNames(key.Text));
                    Report(job, cloud, key.Location, $"{action} is given a static key ({input})", $"{action} {input}", findings);
                }
            }
        }

        foreach (var expression in job.Scalars.SelectMany(WorkflowExpression.In))
        {
            foreach (var name in SecretNames(expression.Body))
            {
                if (KeySecrets.FirstOrDefault(k => k.Secret.Equals(name, StringComparison.OrdinalIgnoreCase)) is ({ } secret, { } cloud) && reported.Add(secret))
                {
                    Report(job, cloud, expression.Location, $"it reads the long-lived key secrets.{name}", $"secrets.{secret}", findings);
                }
            }
        }
    }

    private static void Report(Job job, string cloud, SourceLocation at, string what, string key, WorkflowFindings findings) =>
        findings.Add(
            WorkflowRules.LongLivedCloudCredentials,
            at,
            $"Job '{job.Label}' logs in to {cloud} with a long-lived key: {what}; OIDC would give it short-lived credentials instead",
            $"job {job.Label}: {key}",
            [$"job {job.Label}", $"cloud {cloud}", key]);

    private static IEnumerable<string> SecretNames(string text) =>
        SecretReference().Matches(text).Select(m => m.Groups["name"].Value);

    [GeneratedRegex(@"\bsecrets\.(?<name>[A-Za-z_][A-Za-z0-9_-]*)", RegexOptions.CultureInvariant)]
    private static partial Regex SecretReference();
}
