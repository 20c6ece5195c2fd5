namespace Rampart.Pipeline.Ci.Azure.Audits;

/// <summary>RMP-P074: a <c>checkout:</c> step with <c>persistCredentials: true</c>.</summary>
internal sealed class AzureCheckoutCredentialsAudit : AzureAudit
{
    public override void VisitStep(AzurePipeline pipeline, AzureJob job, AzureStep step, WorkflowFindings findings)
    {
        if (step.Kind != AzureStepKind.Checkout || step.PersistCredentials is not { } persist || !persist.TextEquals("true"))
        {
            return;
        }

        var repository = step.At.Text.Trim();
        findings.Add(
            CiRules.AzureCheckoutPersistsCredentials,
            persist.Location,
            $"checkout: {repository} in {job.Label} keeps the job's access token in .git/config for every later step (persistCredentials: true)",
            $"{job.Label}: checkout {repository}",
            [job.Label, $"checkout {repository}", "persistCredentials: true"]);
    }
}
