using System.Text.Json;
using System.Text.RegularExpressions;
using Rampart.Core.Findings;

namespace Rampart.Pipeline.Containers.Dockerfiles;

/// <summary>RMP-P053: <c>ADD</c> of an http(s), ftp or git URL without <c>--checksum</c>.</summary>
internal sealed partial class RemoteAddAudit : IDockerfileAudit
{
    public IEnumerable<Finding> Audit(DockerfileDocument dockerfile)
    {
        foreach (var add in dockerfile.AllInstructions.Where(i => i.Keyword == "ADD"))
        {
            var words = Words(add.Arguments);
            // --checksum makes BuildKit verify the download, which is the fix this rule asks for.
            if (words.Any(w => w.StartsWith("--checksum=", StringComparison.Ordinal)))
            {
                continue;
            }

            var sources = words.Where(w => !w.StartsWith("--", StringComparison.Ordinal)).SkipLast(1);
            foreach (var source in sources.Where(s => RemoteSource().IsMatch(s)))
            {
                var shown = UrlCredentials.Redact(source);
                yield return PipelineFinding.Create(
                    ContainerRules.RemoteAdd,
                    dockerfile.Locate(add, source),
                    $"ADD downloads {shown} at build time without a checksum: whatever the server returns goes into the image",
                    $"ADD {shown}",
                    new PipelineEvidence("dockerfile") { Observed = [$"ADD {shown}"] });
            }
        }
    }

    /// <summary>The shell form split on whitespace, or the exec form's JSON array.</summary>
    private static List<string> Words(string arguments)
    {
        if (arguments.StartsWith('['))
        {
            try
            {
                return JsonSerializer.Deserialize<List<string>>(arguments) ?? [];
            }
            catch (JsonException)
            {
                // Docker runs an invalid JSON array as the shell form.
            }
        }

        return [.. arguments.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)];
    }

    [GeneratedRegex(@"^((https?|ftp)://|git@)|\.git(#|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RemoteSource();
}
