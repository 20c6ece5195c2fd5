namespace Rampart.Dependencies.Advisories;

/// <summary>One range event: `introduced`, `fixed`, `last_affected` or `limit`, with its version text.</summary>
public sealed record OsvEvent(OsvEventKind Kind, string Version);
