namespace Rampart.Pipeline.Workflows.Audits;

/// <summary>
/// RMP-P039: an LLM agent action whose inputs (or step env) carry issue, comment or pull
/// request text, in a workflow that outsiders trigger. The agent list is data: exact actions
/// first, then name fragments that agent actions tend to carry.
/// </summary>
internal sealed class AgentPromptInjectionAudit : WorkflowAudit
{
    private static readonly string[] OutsiderTriggers =
    [
        "issues", "issue_comment", "pull_request_target", "pull_request_review", "pull_request_review_comment", "discussion", "discussion_comment",
    ];

    private static readonly string[] AgentActions =
    [
        "anthropics/claude-code-action", "anthropics/claude-code-base-action", "openai/codex-action", "actions/ai-inference",
        "google-github-actions/run-gemini-cli", "qodo-ai/pr-agent", "codium-ai/pr-agent", "coderabbitai/ai-pr-reviewer",
    ];

    private static readonly string[] AgentOwners = ["openai", "coderabbitai", "anthropics"];

    private static readonly string[] AgentNameFragments = ["ai-", "-ai", "-ai-", "gpt", "llm", "claude", "gemini", "copilot", "codex", "openai"];

    public override void VisitStep(Workflow workflow, Job job, Step step, WorkflowFindings findings)
    {
        if (step.Uses is not { } uses || !IsAgent(uses)
            || workflow.Triggers.FirstOrDefault(t => OutsiderTriggers.Any(t.TextEquals)) is not { } trigger)
        {
            return;
        }

        var fed = step.With.Concat(step.Env)
            .SelectMany(e => WorkflowExpression.In(e.Value))
            .Select(e => (Expression: e, Contexts: UntrustedContexts.In(e.Body)))
            .Where(e => e.Contexts.Count > 0)
            .ToList();
        if (fed.Count == 0)
        {
            return;
        }

        var contexts = fed.SelectMany(e => e.Contexts).Distinct(StringComparer.Ordinal).ToList();
        findings.Add(
            WorkflowRules.LlmAgentOnUntrustedInput,
            fed[0].Expression.Location,
            $"The agent {uses.Target} (job '{job.Label}') is given {string.Join(", ", contexts)} in a workflow triggered by {trigger.Text}: whoever writes that text can instruct the agent",
            $"job {job.Label}: {uses.Target} {string.Join(' ', contexts)}",
            [$"agent {uses.Target}", $"trigger {trigger.Text}", .. contexts.Select(c => $"untrusted {c}")],
            related: [.. fed.Skip(1).Select(e => e.Expression.Location with { Label = "more untrusted input" }), trigger.Location with { Label = "trigger" }]);
    }

    private static bool IsAgent(ActionReference uses)
    {
        if (uses.Kind != ActionReferenceKind.Repository)
        {
            return false;
        }

        if (AgentActions.Any(uses.Is) || AgentOwners.Contains(uses.Owner, StringComparer.OrdinalIgnoreCase))
        {
            return true;
        }

        var repository = uses.Repository.Split('/').ElementAtOrDefault(1) ?? string.Empty;
        return AgentNameFragments.Any(f => repository.StartsWith(f, StringComparison.Ordinal) || repository.EndsWith(f, StringComparison.Ordinal)
            || (f.Length > 3 && repository.Contains(f, StringComparison.Ordinal)));
    }
}
