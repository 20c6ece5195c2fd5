namespace Rampart.Core.Suppressions;

/// <summary>Where an accepted finding was accepted.</summary>
public enum SuppressionKind
{
    /// <summary>A <c>rampart:ignore</c> comment in the source.</summary>
    Inline,

    /// <summary>A <c>suppressions:</c> entry in <c>.rampart.yml</c>.</summary>
    Config,
}
