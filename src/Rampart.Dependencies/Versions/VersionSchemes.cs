using System.Diagnostics.CodeAnalysis;
using Rampart.Dependencies.Inventory;

namespace Rampart.Dependencies.Versions;

/// <summary>The version scheme of each ecosystem Rampart can compare versions in (an explicit list).</summary>
public static class VersionSchemes
{
    public static IReadOnlyList<IVersionScheme> All { get; } =
    [
        new NpmVersionScheme(),
        new NuGetVersionScheme(),
        new Pep440VersionScheme(),
    ];

    /// <summary>False for an ecosystem with no scheme yet (Go, crates.io, Maven): callers skip, not guess.</summary>
    public static bool TryGet(Ecosystem ecosystem, [NotNullWhen(true)] out IVersionScheme? scheme)
    {
        foreach (var candidate in All)
        {
            if (candidate.Ecosystem == ecosystem)
            {
                scheme = candidate;
                return true;
            }
        }

        scheme = null;
        return false;
    }
}
