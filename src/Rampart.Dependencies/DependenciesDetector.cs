using Rampart.Core.Detectors;
using Rampart.Core.Findings;
using Rampart.Core.Rules;
using Rampart.Core.Scanning;
using Rampart.Dependencies.Advisories;
using Rampart.Dependencies.Advisories.Feeds;
using Rampart.Dependencies.Detection;
using Rampart.Dependencies.Extractors;
using Rampart.Dependencies.Inventory;
using Rampart.Dependencies.Registry;
using Rampart.Dependencies.Versions;

namespace Rampart.Dependencies;

/// <summary>
/// The dependencies family: every lockfile and manifest the extractors know, matched against the
/// local OSV advisory store (seeded from the embedded snapshot on first use). States which data
/// it used and how old it is; an ecosystem in use with no advisory data makes the scan incomplete.
/// Offline name checks (look-alikes of popular packages, dependency-confusion shapes) need no data store.
/// </summary>
/// <param name="registryChecks">Registries to ask about direct dependencies (RMP-D005..D008); null skips those checks.</param>
/// <param name="onlineAdvisories">OSV's query API, asked about every resolved package before matching (<c>scan --online</c>); null keeps to local data.</param>
public sealed class DependenciesDetector(string advisoryStorePath, RegistryChecks? registryChecks = null, OsvApiClient? onlineAdvisories = null) : IDetector
{
    private static readonly TimeSpan StaleAfter = TimeSpan.FromDays(7);

    // Many scans in one process (tests, a server) share the store file: seed it once at a time.
    private static readonly SemaphoreSlim SeedLock = new(1, 1);

    public string Name => "dependencies";

    public DetectorFamily Family => DetectorFamily.Dependencies;

    public IReadOnlyList<Rule> Rules => DependencyRules.All;

    public async Task<IReadOnlyList<Finding>> DetectAsync(ScanContext context, CancellationToken cancellationToken)
    {
        var packages = await PackageInventoryReader.ReadAsync(context, PackageExtractors.All, cancellationToken).ConfigureAwait(false);
        if (packages.Count == 0)
        {
            return [];
        }

        var privateRegistries = await PrivateRegistries.ReadAsync(context, cancellationToken).ConfigureAwait(false);
        var supplyChain = SupplyChainFindingBuilder.Build(packages, privateRegistries).ToList();
        if (registryChecks is not null)
        {
            supplyChain.AddRange(await RegistryFindingBuilder.BuildAsync(packages, registryChecks, privateRegistries, context, cancellationToken).ConfigureAwait(false));
        }

        using var store = new AdvisoryStore(advisoryStorePath, context.Time);
        await SeedLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await store.EnsureSeededAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            SeedLock.Release();
        }

        if (onlineAdvisories is not null)
        {
            await RefreshOnlineAsync(onlineAdvisories, store, packages, privateRegistries, context, cancellationToken).ConfigureAwait(false);
        }

        ReportData(store.Status(), packages, context);
        var (toMatch, assumed) = WithNuGetMinimums(packages);
        var report = new VulnerabilityMatcher(store, VersionSchemes.All).Match(toMatch);
        var unresolved = report.Unresolved.Where(u => !toMatch.Any(p => p.IsResolved && p.Ecosystem == u.Ecosystem && string.Equals(p.Name, u.Name, StringComparison.OrdinalIgnoreCase))).ToList();
        if (unresolved.Count > 0)
        {
            context.Warnings.Add(new ScanWarning($"{unresolved.Count} declared package(s) have no lockfile and were not checked for vulnerabilities (e.g. {string.Join(", ", unresolved.Take(3).Select(p => $"{p.Name} {p.DeclaredRange}"))}); commit a lockfile") { Detector = Name });
        }

        return [.. DependencyFindingBuilder.Build(report.Vulnerable, assumed), .. supplyChain];
    }

    /// <summary>
    /// Asks OSV about every resolved package version (not those from a private registry: their names
    /// stay inside) and imports the advisories the store lacks. Unreachable: local data only, said once.
    /// </summary>
    private async Task RefreshOnlineAsync(OsvApiClient client, AdvisoryStore store, List<Package> packages, PrivateRegistries privateRegistries, ScanContext context, CancellationToken cancellationToken)
    {
        var queries = packages
            .Where(p => p.IsResolved && p.Version is not null && !privateRegistries.Covers(p.Ecosystem, p.Name))
            .Select(p => new OsvQuery(p.Ecosystem.ToOsvName(), p.Name, p.Version!))
            .Distinct()
            .ToList();
        if (queries.Count == 0)
        {
            return;
        }

        try
        {
            await client.RefreshAsync(queries, store, cancellationToken).ConfigureAwait(false);
        }
        catch (FeedUnreachableException e)
        {
            context.Warnings.Add(new ScanWarning($"--online: {e.Message}; matched against the local advisory data only") { Detector = Name });
        }
    }

    /// <summary>
    /// NuGet restores the lowest version a project-file range allows, so without a lockfile the
    /// declared minimum is what runs; npm and pip take the highest, which only a lockfile knows.
    /// </summary>
    private static (List<Package> Packages, HashSet<Package> Assumed) WithNuGetMinimums(List<Package> packages)
    {
        var assumed = new HashSet<Package>();
        var result = new List<Package>(packages.Count);
        VersionSchemes.TryGet(Ecosystem.NuGet, out var nuget);
        foreach (var package in packages)
        {
            if (package is { Ecosystem: Ecosystem.NuGet, IsResolved: false, DeclaredRange: { } range } && nuget?.LowestAllowed(range) is { } minimum
                && !packages.Any(p => p.IsResolved && p.Ecosystem == Ecosystem.NuGet && string.Equals(p.Name, package.Name, StringComparison.OrdinalIgnoreCase)))
            {
                var pinned = package with { Version = minimum };
                assumed.Add(pinned);
                result.Add(pinned);
                continue;
            }

            result.Add(package);
        }

        return (result, assumed);
    }

    private void ReportData(AdvisoryStoreStatus status, List<Package> packages, ScanContext context)
    {
        // The data's age is its newest record, not the import: an old snapshot imported today is still old.
        var age = context.Time.GetUtcNow() - status.NewestRecord;
        var sources = string.Join(", ", status.Sources.Select(s => s.Source).Distinct());
        context.Warnings.Add(new ScanWarning($"advisory data: {status.Records} records ({sources}), newest record {status.NewestRecord:yyyy-MM-dd}") { Detector = Name });
        if (age > StaleAfter)
        {
            context.Warnings.Add(new ScanWarning($"advisory data is {age.Value.Days} days old: vulnerabilities published since are not known to this scan (rampart db update)") { Detector = Name });
        }

        foreach (var ecosystem in packages.Select(p => p.Ecosystem).Distinct().Where(e => !status.RecordsPerEcosystem.ContainsKey(e.ToOsvName())))
        {
            context.Warnings.Add(new ScanWarning($"no advisory data for {ecosystem.ToOsvName()}: its packages were not checked") { Detector = Name, MakesScanIncomplete = true });
        }
    }
}
