using System.Text.RegularExpressions;

namespace Rampart.Pipeline.Workflows.Audits;

/// <summary>
/// RMP-P030: a <c>run:</c> line that appends outsider-controlled text to <c>$GITHUB_ENV</c> or
/// <c>$GITHUB_PATH</c>: an untrusted expression, an <c>env:</c> variable bound to one, or a
/// shell variable assigned from either earlier in the script. Reported at the file name, where
/// a newline in the value turns into a new variable.
/// </summary>
internal sealed partial class GitHubEnvInjectionAudit : WorkflowAudit
{
    public override void VisitStep(Workflow workflow, Job job, Step step, WorkflowFindings findings)
    {
        if (step.Run is not { } run || !run.Raw.Contains("GITHUB_", StringComparison.Ordinal))
        {
            return;
        }

        // Variable name → the untrusted context it carries; grows as the script assigns from tainted values.
        var tainted = new Dictionary<string, string>(UntrustedEnvironment.Of(workflow, job, step), StringComparer.Ordinal);
        var offset = 0;
        foreach (var line in run.Raw.Split('\n'))
        {
            var sources = SourcesIn(line, tainted);
            if (sources.Count > 0 && Assignment().Match(line) is { Success: true } assignment)
            {
                tainted[assignment.Groups["name"].Value] = sources[0];
            }

            if (sources.Count > 0 && EnvFileWrite().Match(line) is { Success: true } write)
            {
                var file = write.Groups["file"];
                findings.Add(
                    WorkflowRules.UntrustedInputWrittenToGitHubEnv,
                    run.LocationInRaw(offset + file.Index, file.Length),
                    $"Step '{step.Label}' (job '{job.Label}') writes {string.Join(", ", sources)} to {file.Value}: a newline in that text sets any variable for the later steps",
                    $"job {job.Label}: {file.Value} {string.Join(' ', sources)}",
                    [$"job {job.Label}", $"step {step.Label}", $"writes {file.Value}", .. sources.Select(s => $"untrusted {s}")]);
            }

            offset += line.Length + 1;
        }
    }

    /// <summary>The untrusted contexts one line expands: directly, or through a tainted variable.</summary>
    private static List<string> SourcesIn(string line, IReadOnlyDictionary<string, string> tainted)
    {
        var sources = WorkflowExpression.BodiesIn(line).SelectMany(UntrustedContexts.In).ToList();
        foreach (var (name, context) in tainted)
        {
            var escaped = Regex.Escape(name);
            if (Regex.IsMatch(line, $@"\$(?:env:)?{escaped}\b|\$\{{{escaped}\}}|%{escaped}%", RegexOptions.CultureInvariant))
            {
                sources.Add($"{context} (via ${name})");
            }
        }

        return [.. sources.Distinct(StringComparer.Ordinal)];
    }

    [GeneratedRegex(@"^\s*(?:export\s+|local\s+|\$env:)?(?<name>[A-Za-z_][A-Za-z0-9_]*)\s?=", RegexOptions.CultureInvariant)]
    private static partial Regex Assignment();

    /// <summary>A redirect, tee or PowerShell cmdlet whose target is the env or path file.</summary>
    [GeneratedRegex(@"(?:>>?|\btee\b|Out-File|Add-Content|Set-Content)[^\n]*?\$\{?(?:env:)?(?<file>GITHUB_(?:ENV|PATH))\b", RegexOptions.CultureInvariant)]
    private static partial Regex EnvFileWrite();
}
