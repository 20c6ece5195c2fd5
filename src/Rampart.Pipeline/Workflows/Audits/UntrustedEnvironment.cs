namespace Rampart.Pipeline.Workflows.Audits;

/// <summary>
/// The environment variables a step sees (workflow, job and step <c>env:</c>, the innermost
/// winning) whose value holds outsider-controlled text: the "safe" way to pass input to a
/// script, which is still unsafe when the script writes the value somewhere it becomes code.
/// </summary>
internal static class UntrustedEnvironment
{
    /// <summary>Variable name → the untrusted context it carries.</summary>
    public static IReadOnlyDictionary<string, string> Of(Workflow workflow, Job job, Step step)
    {
        var visible = new Dictionary<string, WorkflowEntry>(StringComparer.Ordinal);
        foreach (var entry in workflow.Env.Concat(job.Env).Concat(step.Env))
        {
            visible[entry.Name] = entry;
        }

        var untrusted = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, entry) in visible)
        {
            if (UntrustedContexts.In(entry.Value.Text) is [var first, ..])
            {
                untrusted[name] = first;
            }
        }

        return untrusted;
    }
}
