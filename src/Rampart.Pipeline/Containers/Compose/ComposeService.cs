namespace Rampart.Pipeline.Containers.Compose;

/// <summary>What the compose audits read of one service, with merge keys (<c>&lt;&lt;: *defaults</c>) applied.</summary>
internal sealed record ComposeService(string Name)
{
    /// <summary>The <c>privileged:</c> value, when set.</summary>
    public ComposeEntry? Privileged { get; init; }

    /// <summary>The host side of each volume: the short syntax's source, or the long syntax's <c>source:</c>.</summary>
    public IReadOnlyList<ComposeEntry> VolumeSources { get; init; } = [];

    public IReadOnlyList<ComposePort> Ports { get; init; } = [];

    public IReadOnlyList<ComposeVariable> Environment { get; init; } = [];
}
