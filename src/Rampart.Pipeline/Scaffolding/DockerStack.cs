namespace Rampart.Pipeline.Scaffolding;

/// <summary>The Dockerfiles of a repository.</summary>
internal sealed record DockerStack(IReadOnlyList<string> Dockerfiles);
