using Rampart.Pipeline.Containers;

namespace Rampart.Pipeline.Ci.Azure.Audits;

/// <summary>RMP-P075: <c>curl … | sh</c>, <c>bash &lt;(curl …)</c> and PowerShell's <c>iwr … | iex</c> in a script step or a task's inline script.</summary>
internal sealed class AzurePipedDownloadAudit : AzureAudit
{
    public override void VisitStep(AzurePipeline pipeline, AzureJob job, AzureStep step, WorkflowFindings findings)
    {
        if (step.Script is not { } script)
        {
            return;
        }

        foreach (var pipe in PipedDownload.InAnyShell(script.Raw))
        {
            var command = UrlCredentials.Redact(pipe.Command);
            findings.Add(
                CiRules.AzureRemoteScriptPipedToShell,
                script.LocationInRaw(pipe.Index, pipe.Length),
                $"Step '{step.Label}' ({job.Label}) runs a downloaded script without checking it: {command}",
                $"{job.Label}: {command}",
                [job.Label, $"step {step.Label}", command]);
        }
    }
}
