using Rampart.Core.Findings;

namespace Rampart.Pipeline.Containers.Compose;

/// <summary>
/// RMP-P057: a database's port published on every interface. The container side decides which
/// database it is (<c>"15432:5432"</c> is PostgreSQL); a host IP of 127.0.0.1 or any specific
/// address is a deliberate binding and is left alone.
/// </summary>
internal sealed class DatabasePortPublishedAudit : IComposeAudit
{
    private static readonly (int Port, string Database)[] DatabasePorts =
    [
        (5432, "PostgreSQL"), (3306, "MySQL"), (1433, "SQL Server"), (27017, "MongoDB"),
        (6379, "Redis"), (9200, "Elasticsearch"), (5984, "CouchDB"), (11211, "Memcached"),
    ];

    public IEnumerable<Finding> Audit(ComposeDocument compose) =>
        from service in compose.Services
        from port in service.Ports
        where port.IsOnAllInterfaces
        let database = DatabasePorts.FirstOrDefault(d => port.TargetIncludes(d.Port))
        where database.Database is not null
        select PipelineFinding.Create(
            ContainerRules.DatabasePortPublished,
            port.Entry.Location,
            $"Service '{service.Name}' publishes {database.Database}'s port {database.Port} on all interfaces ({Describe(port)}): bind it to 127.0.0.1 or drop the mapping",
            $"service {service.Name} port {port.Entry.Text}",
            new PipelineEvidence("compose") { Observed = [$"service {service.Name}", $"port {port.Entry.Text}"] });

    private static string Describe(ComposePort port) =>
        port.Published is null ? $"container port {port.Target} on a random host port" : $"\"{port.Entry.Text}\"";
}
