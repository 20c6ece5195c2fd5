namespace Rampart.Pipeline.Workflows.Audits;

/// <summary>
/// RMP-P022: <c>${{ }}</c> expressions reading outsider-controlled text inside <c>run:</c> or an
/// <c>actions/github-script</c> <c>script:</c>. GitHub substitutes them before the interpreter
/// parses the script, so each one is reported at its own line and column.
/// </summary>
internal sealed class UntrustedInputInScriptAudit : WorkflowAudit
{
    public override void VisitStep(Workflow workflow, Job job, Step step, WorkflowFindings findings)
    {
        if (step.Run is { } run)
        {
            Check(job, step, run, "run script", "\"$NAME\"", findings);
        }

        if (step.Uses?.Is("actions/github-script") == true && step.Input("script") is { } script)
        {
            Check(job, step, script, "github-script script", "process.env.NAME", findings);
        }
    }

    private static void Check(Job job, Step step, WorkflowValue script, string where, string usage, WorkflowFindings findings)
    {
        foreach (var expression in WorkflowExpression.In(script))
        {
            var contexts = UntrustedContexts.In(expression.Body);
            if (contexts.Count == 0)
            {
                continue;
            }

            var variable = SuggestedVariable(contexts[0]);
            findings.Add(
                WorkflowRules.UntrustedInputInScript,
                expression.Location,
                $"{expression.Written} in the {where} of step '{step.Label}' (job '{job.Label}') expands {string.Join(", ", contexts)}, text an outsider controls, into code",
                $"job {job.Label}: {expression.Body}",
                [$"job {job.Label}", $"step {step.Label}", .. contexts.Select(c => $"untrusted {c}")],
                remediation: $"Pass it through the step's env ({variable}: {expression.Written}) and use {usage.Replace("NAME", variable, StringComparison.Ordinal)} in the script instead.");
        }
    }

    /// <summary><c>github.event.issue.title</c> becomes <c>ISSUE_TITLE</c>: the last two meaningful segments.</summary>
    internal static string SuggestedVariable(string context)
    {
        var segments = context.Split('.', '[', ']').Where(s => s.Length > 0 && s != "*" && !s.All(char.IsDigit) && s != "github" && s != "event").ToList();
        return string.Join('_', segments.TakeLast(2)).ToUpperInvariant();
    }
}
