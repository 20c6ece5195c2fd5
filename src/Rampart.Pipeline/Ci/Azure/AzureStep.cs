namespace Rampart.Pipeline.Ci.Azure;

/// <summary>One entry of a job's <c>steps:</c>.</summary>
internal sealed record AzureStep
{
    /// <summary>0-based position in the job.</summary>
    public required int Index { get; init; }

    public required AzureStepKind Kind { get; init; }

    /// <summary>The value of the key that makes the step (the script, the task name, the checked-out repository).</summary>
    public required WorkflowValue At { get; init; }

    public WorkflowValue? DisplayName { get; init; }

    /// <summary>
    /// The script the step runs: the value of <c>script</c>, <c>bash</c>, <c>powershell</c> or
    /// <c>pwsh</c>, or a task's inline script input (<c>script</c>, <c>inlineScript</c>, <c>Inline</c>).
    /// </summary>
    public WorkflowValue? Script { get; init; }

    /// <summary>Whether <see cref="Script"/> is PowerShell, which decides how the fix reads a variable.</summary>
    public bool IsPowerShell { get; init; }

    public IReadOnlyList<WorkflowEntry> Inputs { get; init; } = [];

    public IReadOnlyList<WorkflowEntry> Env { get; init; } = [];

    /// <summary><c>persistCredentials:</c> of a checkout step.</summary>
    public WorkflowValue? PersistCredentials { get; init; }

    public string Label => DisplayName?.Text ?? (Kind == AzureStepKind.Task ? At.Text : $"{Kind.ToString().ToLowerInvariant()} step {Index + 1}");
}
