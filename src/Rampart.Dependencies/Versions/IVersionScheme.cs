using Rampart.Dependencies.Inventory;

namespace Rampart.Dependencies.Versions;

/// <summary>
/// An ecosystem's version rules: npm semver, NuGet (NuGet.Versioning), PEP 440. OSV ranges are
/// compared with these, never as strings.
/// </summary>
public interface IVersionScheme
{
    Ecosystem Ecosystem { get; }

    /// <summary>False for a malformed version, which callers report and skip.</summary>
    bool TryParse(string text, out IComparable? version);

    /// <summary>Orders two parsed versions (both from <see cref="TryParse"/>).</summary>
    int Compare(IComparable left, IComparable right);

    /// <summary>True when an exact version satisfies a declared range in the ecosystem's syntax.</summary>
    bool Satisfies(string version, string range);

    /// <summary>The lowest version a declared range allows (`^1.2.0` → 1.2.0, `[1.0,)` → 1.0), or null.</summary>
    string? LowestAllowed(string range);
}
