namespace Rampart.Dependencies.Inventory;

/// <summary>The ecosystem names used by OSV records and purls.</summary>
public static class EcosystemNames
{
    public static string ToOsvName(this Ecosystem ecosystem) => ecosystem switch
    {
        Ecosystem.Npm => "npm",
        Ecosystem.NuGet => "NuGet",
        Ecosystem.PyPI => "PyPI",
        Ecosystem.Go => "Go",
        Ecosystem.Cargo => "crates.io",
        _ => "Maven",
    };

    public static bool TryParseOsvName(string? name, out Ecosystem ecosystem)
    {
        foreach (var candidate in Enum.GetValues<Ecosystem>())
        {
            if (string.Equals(candidate.ToOsvName(), name, StringComparison.Ordinal))
            {
                ecosystem = candidate;
                return true;
            }
        }

        ecosystem = default;
        return false;
    }
}
