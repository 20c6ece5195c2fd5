namespace Rampart.Code.Routes.Model;

/// <summary>What a <see cref="AuthState.Required"/> route asks for. Empty lists mean "any authenticated user".</summary>
public sealed record AuthRequirement
{
    public static AuthRequirement AnyUser { get; } = new();

    public IReadOnlyList<string> Schemes { get; init; } = [];

    public IReadOnlyList<string> Policies { get; init; } = [];

    public IReadOnlyList<string> Roles { get; init; } = [];

    public bool IsEmpty => Schemes.Count == 0 && Policies.Count == 0 && Roles.Count == 0;

    /// <summary>Both requirements apply (ASP.NET Core combines every authorize data it finds).</summary>
    public AuthRequirement Combine(AuthRequirement other) => new()
    {
        Schemes = Schemes.Union(other.Schemes, StringComparer.Ordinal).ToList(),
        Policies = Policies.Union(other.Policies, StringComparer.Ordinal).ToList(),
        Roles = Roles.Union(other.Roles, StringComparer.Ordinal).ToList(),
    };

    public override string ToString()
    {
        var parts = new List<string>();
        if (Schemes.Count > 0)
        {
            parts.Add($"schemes: {string.Join(", ", Schemes)}");
        }

        if (Policies.Count > 0)
        {
            parts.Add($"policies: {string.Join(", ", Policies)}");
        }

        if (Roles.Count > 0)
        {
            parts.Add($"roles: {string.Join(", ", Roles)}");
        }

        return parts.Count == 0 ? "any authenticated user" : string.Join("; ", parts);
    }
}
