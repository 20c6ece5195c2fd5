using Rampart.Core.Findings;

namespace Rampart.Pipeline.Containers.Compose;

/// <summary>RMP-P055: <c>privileged: true</c> on a service.</summary>
internal sealed class PrivilegedServiceAudit : IComposeAudit
{
    public IEnumerable<Finding> Audit(ComposeDocument compose) =>
        compose.Services
            .Where(s => s.Privileged is { Text: var value } && value.Equals("true", StringComparison.OrdinalIgnoreCase))
            .Select(s => PipelineFinding.Create(
                ContainerRules.PrivilegedService,
                s.Privileged!.Location,
                $"Service '{s.Name}' runs privileged: it has every capability and the host's devices, so its compromise is the host's",
                $"service {s.Name} privileged",
                new PipelineEvidence("compose") { Observed = [$"service {s.Name}", "privileged: true"] }));
}
