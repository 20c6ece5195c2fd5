using Rampart.Core.Findings;
using Rampart.Core.Rules;

namespace Rampart.Pipeline;

/// <summary>The Dockerfile and compose rules of the pipeline family (RMP-P050..P059), in one place so ids are never reused.</summary>
public static class ContainerRules
{
    public static Rule ContainerRunsAsRoot { get; } = new()
    {
        Id = RuleId.Parse("RMP-P050"),
        Name = "container-runs-as-root",
        Title = "The image's final stage runs as root",
        Category = FindingCategory.Config,
        DefaultSeverity = Severity.Medium,
        DefaultConfidence = Confidence.Medium,
        Description = "The last stage of the Dockerfile sets no USER, or sets USER root, so the application runs as root inside the container. Any code execution bug then has root rights over the container's file system and an easier path out of it.",
        Remediation = "Create an unprivileged user in the final stage and switch to it ('RUN adduser -D app' then 'USER app'), or use the base image's own non-root user (node, $APP_UID, nonroot).",
        Cwe = [250],
    };

    public static Rule UnpinnedBaseImage { get; } = new()
    {
        Id = RuleId.Parse("RMP-P051"),
        Name = "unpinned-base-image",
        Title = "A base image is untagged or uses :latest",
        Category = FindingCategory.Config,
        DefaultSeverity = Severity.Medium,
        DefaultConfidence = Confidence.High,
        Description = "A FROM line names an image without a tag or with :latest, and without a digest. Each build can pull a different image, so a build that passed review can ship something else, or break.",
        Remediation = "Pin the base image to a version tag and preferably a digest: 'FROM node:22.11-alpine@sha256:...'. Let Dependabot or Renovate propose updates.",
        Cwe = [1357],
    };

    public static Rule SecretInDockerfile { get; } = new()
    {
        Id = RuleId.Parse("RMP-P052"),
        Name = "secret-in-dockerfile",
        Title = "A Dockerfile ENV or ARG holds a literal secret",
        Category = FindingCategory.Secret,
        DefaultSeverity = Severity.High,
        DefaultConfidence = Confidence.Medium,
        Description = "An ENV or ARG whose name says password, secret, token or key is given a literal value. ENV values are stored in the image config and ARG values in its history: anyone who can pull the image can read them with 'docker history' or 'docker inspect'.",
        Remediation = "Remove the value and rotate the secret. Pass it at run time (environment, orchestrator secrets) or, for build-time needs, use a secret mount: 'RUN --mount=type=secret,id=npm_token ...'.",
        Cwe = [798],
    };

    public static Rule RemoteAdd { get; } = new()
    {
        Id = RuleId.Parse("RMP-P053"),
        Name = "add-from-remote-url",
        Title = "A Dockerfile ADDs a file from a remote URL",
        Category = FindingCategory.Config,
        DefaultSeverity = Severity.Medium,
        DefaultConfidence = Confidence.High,
        Description = "ADD with an http(s) or git URL downloads content at build time without verifying it. If the server or the connection is compromised, so is the image, and the build is not reproducible.",
        Remediation = "Download with curl or wget in a RUN step and verify a known checksum (sha256sum -c), or use 'ADD --checksum=sha256:...' for the URL.",
        Cwe = [494],
    };

    public static Rule PipeToShell { get; } = new()
    {
        Id = RuleId.Parse("RMP-P054"),
        Name = "curl-piped-to-shell",
        Title = "A Dockerfile pipes a download straight into a shell",
        Category = FindingCategory.Config,
        DefaultSeverity = Severity.High,
        DefaultConfidence = Confidence.High,
        Description = "A RUN step pipes curl or wget output into sh or bash. Whatever the server returns at build time is executed as root in the build, with no integrity check and no record of what ran.",
        Remediation = "Download the script to a file, verify its checksum or signature, then run it; better, install the tool from the distribution's package manager or a pinned release artifact.",
        Cwe = [494],
    };

    public static Rule PrivilegedService { get; } = new()
    {
        Id = RuleId.Parse("RMP-P055"),
        Name = "privileged-compose-service",
        Title = "A compose service runs privileged",
        Category = FindingCategory.Config,
        DefaultSeverity = Severity.High,
        DefaultConfidence = Confidence.High,
        Description = "A compose service sets 'privileged: true', which gives the container every capability and access to the host's devices. A compromise of that service is a compromise of the host.",
        Remediation = "Remove 'privileged: true'. Grant only the capabilities the service needs with cap_add, or the devices it needs with devices:.",
        Cwe = [250],
    };

    public static Rule DockerSocketMounted { get; } = new()
    {
        Id = RuleId.Parse("RMP-P056"),
        Name = "docker-socket-mounted",
        Title = "A compose service mounts the Docker socket",
        Category = FindingCategory.Config,
        DefaultSeverity = Severity.High,
        DefaultConfidence = Confidence.High,
        Description = "A service mounts /var/run/docker.sock. Whoever controls the service controls the Docker daemon, and through it can start a privileged container that owns the host. A read-only mount does not help: the API is still fully usable.",
        Remediation = "Remove the mount. If the service must talk to Docker, put a filtering proxy (for example tecnativa/docker-socket-proxy) in between that allows only the calls it needs.",
        Cwe = [250],
    };

    public static Rule DatabasePortPublished { get; } = new()
    {
        Id = RuleId.Parse("RMP-P057"),
        Name = "database-port-published",
        Title = "A database port is published on all interfaces",
        Category = FindingCategory.Config,
        DefaultSeverity = Severity.Medium,
        DefaultConfidence = Confidence.Medium,
        Description = "A compose service publishes a database port (PostgreSQL, MySQL, SQL Server, MongoDB, Redis, Elasticsearch, CouchDB, Memcached) without binding it to 127.0.0.1. On a server, and through Docker's own firewall rules, the database is then reachable from the network.",
        Remediation = "Drop the ports: mapping (services on the same compose network reach the database by name), or bind it to loopback: '127.0.0.1:5432:5432'.",
        Cwe = [668],
    };

    public static Rule SecretInComposeEnvironment { get; } = new()
    {
        Id = RuleId.Parse("RMP-P058"),
        Name = "secret-in-compose-environment",
        Title = "A compose environment variable holds a literal secret",
        Category = FindingCategory.Secret,
        DefaultSeverity = Severity.High,
        DefaultConfidence = Confidence.Medium,
        Description = "A service's environment sets a variable whose name says password, secret, token or key to a literal value. It is committed with the compose file and reused wherever the file is deployed.",
        Remediation = "Reference a variable from an uncommitted .env file ('${DB_PASSWORD}'), or use compose secrets with a *_FILE variable ('POSTGRES_PASSWORD_FILE: /run/secrets/db_password'). Rotate the committed value.",
        Cwe = [798],
    };

    public static IReadOnlyList<Rule> All { get; } =
    [
        ContainerRunsAsRoot, UnpinnedBaseImage, SecretInDockerfile, RemoteAdd, PipeToShell,
        PrivilegedService, DockerSocketMounted, DatabasePortPublished, SecretInComposeEnvironment,
    ];
}
