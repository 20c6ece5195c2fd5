using Rampart.Core.Findings;

namespace Rampart.Pipeline.Ci.GitLab.Audits;

/// <summary>
/// RMP-P065: a commit message, merge request title, branch name or similar expanded where the
/// shell parses it again (<c>eval</c>, <c>sh -c</c>, <c>echo … | sh</c>), or, for free text,
/// unquoted as an argument so it splits into several. Echo, printf, <c>[[ ]]</c>, <c>case</c>
/// and assignments do not split into arguments that matter, so they are left alone.
/// </summary>
internal sealed class GitLabUntrustedVariableAudit : GitLabAudit
{
    private static readonly HashSet<string> HarmlessWhenSplit = new(StringComparer.Ordinal)
    {
        "echo", "printf", "[[", "case", "export", "local", "declare", "readonly", "typeset",
    };

    public override void VisitScriptLine(GitLabPipeline pipeline, GitLabJob job, GitLabScriptLine line, WorkflowFindings findings)
    {
        var script = line.Command;
        foreach (var expansion in ShellExpansion.In(script.Text))
        {
            if (GitLabUntrustedVariables.Describe(expansion.Name) is not var (what, isFreeText))
            {
                continue;
            }

            string problem;
            if (expansion.Reparsed is { } reparser)
            {
                problem = $"is expanded into text that {reparser} parses again as shell code, so a {what} containing $(…) or ; runs as commands";
            }
            else if (isFreeText && !expansion.IsQuoted && !HarmlessWhenSplit.Contains(expansion.Command) && expansion.Command.Length > 0)
            {
                problem = $"is unquoted in '{expansion.Command}', so the {what} is split into separate arguments and its author can add options to the command";
            }
            else
            {
                continue;
            }

            findings.Add(
                CiRules.GitLabUntrustedVariableInScript,
                LocationOf(script, expansion),
                $"{expansion.Written} in the {line.Section} of {job.Label} {problem}",
                $"{job.Label}: {expansion.Written} {expansion.Reparsed ?? "unquoted"} {expansion.Command}",
                [job.Label, line.Section, $"untrusted {expansion.Name}", expansion.Reparsed is { } how ? $"re-parsed by {how}" : $"unquoted in {expansion.Command}"]);
        }
    }

    /// <summary>
    /// The analysis reads the value as YAML resolved it; the finding points at the same reference
    /// in the source (the n-th time it is written), so escapes and block indentation do not shift it.
    /// </summary>
    private static SourceLocation LocationOf(WorkflowValue script, ShellExpansion expansion)
    {
        var occurrences = Occurrences(script.Text, expansion.Written).TakeWhile(i => i <= expansion.Index).Count();
        return Occurrences(script.Raw, expansion.Written).Skip(occurrences - 1).Select(i => script.LocationInRaw(i, expansion.Written.Length)).FirstOrDefault()
            ?? script.Location;
    }

    /// <summary>Where <paramref name="written"/> starts in <paramref name="text"/>, not counting longer names that begin with it.</summary>
    private static IEnumerable<int> Occurrences(string text, string written)
    {
        for (var index = text.IndexOf(written, StringComparison.Ordinal); index >= 0; index = text.IndexOf(written, index + 1, StringComparison.Ordinal))
        {
            var end = index + written.Length;
            if (written.EndsWith('}') || end >= text.Length || !(char.IsLetterOrDigit(text[end]) || text[end] == '_'))
            {
                yield return index;
            }
        }
    }
}
