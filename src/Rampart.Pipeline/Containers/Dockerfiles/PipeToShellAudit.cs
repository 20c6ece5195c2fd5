using System.Text.RegularExpressions;
using Rampart.Core.Findings;

namespace Rampart.Pipeline.Containers.Dockerfiles;

/// <summary>
/// RMP-P054: a RUN step that executes a download unseen: <c>curl ... | sh</c>,
/// <c>wget -O- ... | sudo bash</c>, <c>bash &lt;(curl ...)</c>, <c>sh -c "$(curl ...)"</c>.
/// Heredoc bodies are part of the RUN text, so a script written inline is checked too.
/// </summary>
internal sealed partial class PipeToShellAudit : IDockerfileAudit
{
    public IEnumerable<Finding> Audit(DockerfileDocument dockerfile)
    {
        foreach (var run in dockerfile.AllInstructions.Where(i => i.Keyword == "RUN"))
        {
            foreach (var match in PipedDownload().Matches(run.Arguments).Concat(SubstitutedDownload().Matches(run.Arguments)))
            {
                var download = match.Groups["download"].Value.Trim();
                var tool = match.Groups["tool"].Value;
                var shell = match.Groups["shell"].Value;
                // The download as written, else its first two words: a continuation may split the rest.
                var firstWords = string.Join(' ', download.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(2));
                var shown = UrlCredentials.Redact(download);
                yield return PipelineFinding.Create(
                    ContainerRules.PipeToShell,
                    dockerfile.Locate(run, [download, firstWords]),
                    $"RUN pipes a {tool} download into {shell}: whatever the server returns at build time is executed unverified",
                    $"{shown} | {shell}",
                    new PipelineEvidence("dockerfile") { Observed = [$"{tool} output executed by {shell}"] });
            }
        }
    }

    [GeneratedRegex(@"(?<download>\b(?<tool>curl|wget)\b[^|;&\n]*)\|\s*(sudo\s+(-\S+\s+)*)?(env\s+(\S+=\S+\s+)*)?(/usr)?(/bin/)?(?<shell>(ba|z|da|k|a)?sh)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PipedDownload();

    [GeneratedRegex(@"\b(?<shell>(ba|z|da|k|a)?sh)\s+(-\S+\s+)*(<\(|-c\s+[""']?\$\()\s*(?<download>\b(?<tool>curl|wget)\b[^)]*)", RegexOptions.CultureInvariant)]
    private static partial Regex SubstitutedDownload();
}
