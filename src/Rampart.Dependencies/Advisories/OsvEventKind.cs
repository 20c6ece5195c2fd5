namespace Rampart.Dependencies.Advisories;

/// <summary>The four OSV range events.</summary>
public enum OsvEventKind
{
    Introduced,
    Fixed,
    LastAffected,
    Limit,
}
