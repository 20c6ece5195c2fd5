namespace Rampart.Dependencies.Inventory;

/// <summary>A package ecosystem, named as OSV names it (see <see cref="EcosystemNames"/>).</summary>
public enum Ecosystem
{
    Npm,
    NuGet,
    PyPI,
    Go,
    Cargo,
    Maven,
}
