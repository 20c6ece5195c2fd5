namespace Rampart.Pipeline.Containers.Dockerfiles;

/// <summary>A build stage: its <c>FROM</c>, the image as written (ARGs unresolved), its <c>AS</c> name and its instructions.</summary>
internal sealed record DockerStage(DockerInstruction From, string Image, string? Name, IReadOnlyList<DockerInstruction> Instructions);
