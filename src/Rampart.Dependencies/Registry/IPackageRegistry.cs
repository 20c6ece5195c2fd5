using Rampart.Dependencies.Inventory;

namespace Rampart.Dependencies.Registry;

/// <summary>What one package registry says about a package name.</summary>
public interface IPackageRegistry
{
    Ecosystem Ecosystem { get; }

    /// <summary>
    /// The package as the configured registry knows it, or null when it answers "not found" (from a
    /// partial mirror that is not proof of absence). Throws <see cref="RegistryUnavailableException"/>
    /// when it cannot answer (offline, timeout, server error).
    /// </summary>
    Task<RegistryPackage?> FindAsync(string name, CancellationToken cancellationToken);
}
