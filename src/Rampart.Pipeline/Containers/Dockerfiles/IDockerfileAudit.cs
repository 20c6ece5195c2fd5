using Rampart.Core.Findings;

namespace Rampart.Pipeline.Containers.Dockerfiles;

/// <summary>One check over a parsed Dockerfile; audits are listed explicitly in <see cref="ContainerAuditDetector"/>.</summary>
internal interface IDockerfileAudit
{
    IEnumerable<Finding> Audit(DockerfileDocument dockerfile);
}
