using Rampart.Pipeline.Containers;

namespace Rampart.Pipeline.Ci.GitLab.Audits;

/// <summary>RMP-P063: <c>curl … | sh</c> and its relatives (PowerShell's <c>iwr … | iex</c> for Windows runners) in any script section.</summary>
internal sealed class GitLabPipedDownloadAudit : GitLabAudit
{
    public override void VisitScriptLine(GitLabPipeline pipeline, GitLabJob job, GitLabScriptLine line, WorkflowFindings findings)
    {
        foreach (var pipe in PipedDownload.InAnyShell(line.Command.Raw))
        {
            var command = UrlCredentials.Redact(pipe.Command);
            findings.Add(
                CiRules.GitLabRemoteScriptPipedToShell,
                line.Command.LocationInRaw(pipe.Index, pipe.Length),
                $"The {line.Section} of {job.Label} runs a downloaded script without checking it: {command}",
                $"{job.Label}: {command}",
                [job.Label, line.Section, command]);
        }
    }
}
