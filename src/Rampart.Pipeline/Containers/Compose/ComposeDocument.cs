namespace Rampart.Pipeline.Containers.Compose;

/// <summary>A parsed compose file: its path and services.</summary>
internal sealed record ComposeDocument(string Path, IReadOnlyList<ComposeService> Services);
