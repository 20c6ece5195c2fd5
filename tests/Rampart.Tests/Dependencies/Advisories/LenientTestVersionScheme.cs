using NuGet.Versioning;
using Rampart.Dependencies.Inventory;
using Rampart.Dependencies.Versions;

namespace Rampart.Tests.Dependencies.Advisories;

/// <summary>A tiny test-only scheme (NuGet ordering for any ecosystem), so matcher tests do not depend on one ecosystem's rules.</summary>
internal sealed class LenientTestVersionScheme(Ecosystem ecosystem) : IVersionScheme
{
    public Ecosystem Ecosystem => ecosystem;

    public bool TryParse(string text, out IComparable? version)
    {
        version = NuGetVersion.TryParse(text, out var parsed) ? parsed : null;
        return version is not null;
    }

    public int Compare(IComparable left, IComparable right) => VersionComparer.Default.Compare((NuGetVersion)left, (NuGetVersion)right);

    public bool Satisfies(string version, string range) => false;

    public string? LowestAllowed(string range) => null;
}
