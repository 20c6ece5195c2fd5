using Rampart.Core.Detectors;
using Rampart.Core.Findings;
using Rampart.Core.Rules;
using Rampart.Core.Scanning;
using Rampart.Pipeline.Containers.Compose;
using Rampart.Pipeline.Containers.Dockerfiles;

namespace Rampart.Pipeline.Containers;

/// <summary>
/// Audits every Dockerfile and compose file in the tree: each file is parsed once and handed to
/// the explicit list of audits for its kind.
/// </summary>
public sealed class ContainerAuditDetector : IDetector
{
    private static readonly IDockerfileAudit[] DockerfileAudits =
        [new RootUserAudit(), new UnpinnedBaseImageAudit(), new SecretInDockerfileAudit(), new RemoteAddAudit(), new PipeToShellAudit()];

    private static readonly IComposeAudit[] ComposeAudits =
        [new PrivilegedServiceAudit(), new DockerSocketMountAudit(), new DatabasePortPublishedAudit(), new ComposeSecretAudit()];

    public string Name => "container-audit";

    public DetectorFamily Family => DetectorFamily.Pipeline;

    public IReadOnlyList<Rule> Rules => ContainerRules.All;

    public async Task<IReadOnlyList<Finding>> DetectAsync(ScanContext context, CancellationToken cancellationToken)
    {
        var findings = new List<Finding>();
        // Images and compose files shipped inside installed packages are not this project's.
        foreach (var file in context.Files.Where(f => !f.Path.Split('/').Contains("node_modules")))
        {
            var isDockerfile = ContainerFileNames.IsDockerfile(file.Path);
            if (!isDockerfile && !ContainerFileNames.IsComposeFile(file.Path))
            {
                continue;
            }

            if (await context.ReadTextAsync(file, cancellationToken).ConfigureAwait(false) is not { } text)
            {
                continue;
            }

            if (isDockerfile)
            {
                var dockerfile = DockerfileParser.Parse(text);
                findings.AddRange(DockerfileAudits.SelectMany(audit => audit.Audit(dockerfile)));
            }
            else if (ComposeParser.Parse(text, context.Warnings) is { } compose)
            {
                findings.AddRange(ComposeAudits.SelectMany(audit => audit.Audit(compose)));
            }
        }

        // Services that merge the same anchored block would report its lines once per service.
        return [.. findings.DistinctBy(f => (f.RuleId, f.Location))];
    }
}
