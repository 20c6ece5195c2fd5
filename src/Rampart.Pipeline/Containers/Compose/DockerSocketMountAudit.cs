using Rampart.Core.Findings;

namespace Rampart.Pipeline.Containers.Compose;

/// <summary>RMP-P056: the Docker daemon socket mounted into a service, read-only or not.</summary>
internal sealed class DockerSocketMountAudit : IComposeAudit
{
    public IEnumerable<Finding> Audit(ComposeDocument compose) =>
        from service in compose.Services
        from volume in service.VolumeSources
        where volume.Text.TrimEnd('/').EndsWith("docker.sock", StringComparison.Ordinal)
        select PipelineFinding.Create(
            ContainerRules.DockerSocketMounted,
            volume.Location,
            $"Service '{service.Name}' mounts the Docker socket ({volume.Text}): whoever controls the service controls the Docker daemon and the host",
            $"service {service.Name} mounts {volume.Text}",
            new PipelineEvidence("compose") { Observed = [$"service {service.Name}", $"volume {volume.Text}"] });
}
