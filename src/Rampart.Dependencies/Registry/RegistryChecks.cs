using Rampart.Dependencies.Inventory;

namespace Rampart.Dependencies.Registry;

/// <summary>
/// The registries the dependencies detector asks about direct dependencies (existence, age,
/// install scripts). Built once at the edge: the CLI decides the URLs and whether it is offline.
/// </summary>
public sealed class RegistryChecks(IReadOnlyList<IPackageRegistry> registries)
{
    public IReadOnlyList<IPackageRegistry> Registries { get; } = registries;

    /// <summary>npm, NuGet and PyPI at their public addresses, cached under <paramref name="cacheDirectory"/>; offline answers from the cache only.</summary>
    public static RegistryChecks CreateDefault(HttpClient client, string cacheDirectory, TimeProvider time, bool offline)
    {
        var http = new RegistryHttp(client, cacheDirectory, time, offline);
        return new RegistryChecks([new NpmRegistry(http, NpmRegistry.DefaultBaseUrl), new NuGetRegistry(http, NuGetRegistry.DefaultServiceIndex), new PyPIRegistry(http, PyPIRegistry.DefaultBaseUrl)]);
    }

    public IPackageRegistry? For(Ecosystem ecosystem) => Registries.FirstOrDefault(r => r.Ecosystem == ecosystem);
}
