namespace Rampart.Pipeline.Workflows.Audits;

/// <summary>RMP-P033: <c>curl … | sh</c>, <c>wget -O- … | bash</c>, <c>bash &lt;(curl …)</c> and <c>sh -c "$(curl …)"</c> in run scripts.</summary>
internal sealed class RemoteScriptPipeAudit : WorkflowAudit
{
    public override void VisitStep(Workflow workflow, Job job, Step step, WorkflowFindings findings)
    {
        if (step.Run is not { } run)
        {
            return;
        }

        foreach (var pipe in PipedDownload.InShell(run.Raw))
        {
            findings.Add(
                WorkflowRules.RemoteScriptPipedToShell,
                run.LocationInRaw(pipe.Index, pipe.Length),
                $"Step '{step.Label}' (job '{job.Label}') runs a downloaded script without checking it: {pipe.Command}",
                $"job {job.Label}: {pipe.Command}",
                [$"job {job.Label}", $"step {step.Label}", pipe.Command]);
        }
    }
}
