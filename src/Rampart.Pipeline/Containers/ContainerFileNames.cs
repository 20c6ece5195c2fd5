using System.Text.RegularExpressions;

namespace Rampart.Pipeline.Containers;

/// <summary>How Dockerfiles and compose files are recognised by name.</summary>
internal static partial class ContainerFileNames
{
    /// <summary><c>Dockerfile</c>, <c>Dockerfile.prod</c>, <c>api.Dockerfile</c>, <c>Containerfile</c>; not <c>Dockerfile.dockerignore</c> nor notes such as <c>Dockerfile.md</c>.</summary>
    public static bool IsDockerfile(string path) => DockerfileName().IsMatch(Path.GetFileName(path));

    /// <summary><c>docker-compose.yml</c>, <c>compose.yaml</c> and their overrides such as <c>docker-compose.prod.yml</c>.</summary>
    public static bool IsComposeFile(string path) => ComposeFileName().IsMatch(Path.GetFileName(path));

    [GeneratedRegex(@"^((Dockerfile|Containerfile)(\.(?!(dockerignore|md|txt)$)[\w.-]+)?|[\w.-]+\.(Dockerfile|dockerfile|Containerfile))$", RegexOptions.CultureInvariant)]
    private static partial Regex DockerfileName();

    [GeneratedRegex(@"^(docker-)?compose(\.[\w.-]+)?\.ya?ml$", RegexOptions.CultureInvariant)]
    private static partial Regex ComposeFileName();
}
