using System.Text.RegularExpressions;

namespace Rampart.Pipeline.Workflows.Audits;

/// <summary>RMP-P033: <c>curl … | sh</c>, <c>wget -O- … | bash</c>, <c>bash &lt;(curl …)</c> and <c>sh -c "$(curl …)"</c> in run scripts.</summary>
internal sealed partial class RemoteScriptPipeAudit : WorkflowAudit
{
    public override void VisitStep(Workflow workflow, Job job, Step step, WorkflowFindings findings)
    {
        if (step.Run is not { } run)
        {
            return;
        }

        foreach (Match pipe in PipedDownload().Matches(run.Raw))
        {
            var command = string.Join(' ', pipe.Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            findings.Add(
                WorkflowRules.RemoteScriptPipedToShell,
                run.LocationInRaw(pipe.Index, pipe.Length),
                $"Step '{step.Label}' (job '{job.Label}') runs a downloaded script without checking it: {command}",
                $"job {job.Label}: {command}",
                [$"job {job.Label}", $"step {step.Label}", command]);
        }
    }

    [GeneratedRegex("""
        \b(?:curl|wget)\b(?:[^\n|;&\#]|\\\n)*\|\s*(?:sudo\s+(?:-\S+\s+)*)?(?:env\s+\S+=\S*\s+)*(?:ba|z|da|k|fi)?sh\b
        |\b(?:ba|z)?sh\s+(?:-\S+\s+)*<\(\s*(?:curl|wget)\b[^)\n]*\)
        |\b(?:ba|z)?sh\s+-c\s+["']?\$\(\s*(?:curl|wget)\b[^)\n]*\)
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex PipedDownload();
}
