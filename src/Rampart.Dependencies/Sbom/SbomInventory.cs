using System.Text.RegularExpressions;
using Rampart.Core.Findings;
using Rampart.Core.Scanning;
using Rampart.Dependencies.Detection;
using Rampart.Dependencies.Extractors;
using Rampart.Dependencies.Inventory;

namespace Rampart.Dependencies.Sbom;

/// <summary>The packages a scan root uses, merged into SBOM components (the inventory the dependencies detector matches).</summary>
public static partial class SbomInventory
{
    public static async Task<IReadOnlyList<SbomComponent>> ReadAsync(ScanContext context, CancellationToken cancellationToken)
    {
        var packages = await PackageInventoryReader.ReadAsync(context, PackageExtractors.All, cancellationToken).ConfigureAwait(false);
        return Merge(packages);
    }

    /// <summary>
    /// Resolved packages are keyed by ecosystem, name and version; a declared-only package is kept
    /// only when no file resolves any version of it. NuGet and PyPI names are case-insensitive.
    /// </summary>
    internal static IReadOnlyList<SbomComponent> Merge(IReadOnlyList<Package> packages)
    {
        var resolvedNames = packages.Where(p => p.IsResolved).Select(p => (p.Ecosystem, Key: NameKey(p))).ToHashSet();
        var groups = packages
            .Where(p => p.IsResolved || !resolvedNames.Contains((p.Ecosystem, NameKey(p))))
            .GroupBy(p => (p.Ecosystem, Name: NameKey(p), p.Version));

        // A manifest line that a lockfile resolves still says where the project asks for the package.
        var declared = packages.Where(p => !p.IsResolved).ToLookup(p => (p.Ecosystem, NameKey(p)));
        var components = new List<SbomComponent>();
        foreach (var group in groups)
        {
            var all = group.Key.Version is null ? group.ToList() : [.. group, .. declared[(group.Key.Ecosystem, group.Key.Name)]];
            components.Add(new SbomComponent(group.Key.Ecosystem, all.Select(p => p.Name).Order(StringComparer.Ordinal).First(), group.Key.Version)
            {
                DeclaredRanges = [.. all.Where(p => !p.IsResolved).Select(p => p.DeclaredRange).OfType<string>().Where(_ => group.Key.Version is null).Distinct().Order(StringComparer.Ordinal)],
                IsDirect = all.Any(p => p.IsDirect),
                // Calling a shipped package optional is worse than the reverse: dev only when every file agrees.
                IsDev = all.All(p => p.IsDev),
                Locations = [.. all.Select(p => p.Location).Distinct().OrderBy(l => l.Path, StringComparer.Ordinal).ThenBy(l => l.Line)],
                IntroducedBy = [.. all.SelectMany(p => p.IntroducedBy).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            });
        }

        return [.. components
            .OrderBy(c => c.Ecosystem)
            .ThenBy(c => c.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .ThenBy(c => c.Version ?? string.Empty, StringComparer.Ordinal)];
    }

    // PyPI treats runs of '-', '_' and '.' as one '-' (PEP 503), so Foo_Bar and foo-bar are one package.
    private static string NameKey(Package package) => package.Ecosystem switch
    {
        Ecosystem.Npm => package.Name,
        Ecosystem.PyPI => PypiSeparators().Replace(package.Name.ToLowerInvariant(), "-"),
        _ => package.Name.ToLowerInvariant(),
    };

    [GeneratedRegex("[-_.]+")]
    private static partial Regex PypiSeparators();
}
