using System.Text.RegularExpressions;

namespace Rampart.Pipeline.Workflows.Audits;

/// <summary>RMP-P031: <c>ACTIONS_ALLOW_UNSECURE_COMMANDS</c> set to true in any <c>env:</c>, or appended to <c>$GITHUB_ENV</c>.</summary>
internal sealed partial class UnsecureCommandsAudit : WorkflowAudit
{
    private const string Variable = "ACTIONS_ALLOW_UNSECURE_COMMANDS";

    public override void VisitWorkflow(Workflow workflow, WorkflowFindings findings) =>
        CheckEnv(workflow.Env, "the workflow", "workflow", findings);

    public override void VisitJob(Workflow workflow, Job job, WorkflowFindings findings) =>
        CheckEnv(job.Env, $"job '{job.Label}'", $"job {job.Label}", findings);

    public override void VisitStep(Workflow workflow, Job job, Step step, WorkflowFindings findings)
    {
        CheckEnv(step.Env, $"step '{step.Label}' of job '{job.Label}'", $"job {job.Label} step {step.Label}", findings);
        if (step.Run is { } run && ScriptSetsIt().Match(run.Raw) is { Success: true } set)
        {
            Report(run.LocationInRaw(set.Index, set.Length), $"step '{step.Label}' of job '{job.Label}'", $"job {job.Label} script", findings);
        }
    }

    private static void CheckEnv(IReadOnlyList<WorkflowEntry> env, string owner, string key, WorkflowFindings findings)
    {
        foreach (var entry in env.Where(e => e.Name == Variable && e.Value.TextEquals("true")))
        {
            Report(entry.Value.Location, owner, key, findings);
        }
    }

    private static void Report(Rampart.Core.Findings.SourceLocation at, string owner, string key, WorkflowFindings findings) =>
        findings.Add(
            WorkflowRules.UnsecureWorkflowCommandsEnabled,
            at,
            $"{Variable} is set to true for {owner}: any printed line starting with ::set-env or ::add-path changes later steps' environment",
            $"{key}: {Variable}",
            [$"{key} sets {Variable}=true"]);

    [GeneratedRegex(@"ACTIONS_ALLOW_UNSECURE_COMMANDS\s*=\s*[""']?true", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ScriptSetsIt();
}
