using Rampart.Core.Findings;
using Rampart.Core.Scanning;
using Rampart.Dependencies.Inventory;
using Rampart.Dependencies.Registry;

namespace Rampart.Dependencies.Detection;

/// <summary>
/// Asks each ecosystem's registry about the project's direct dependencies (the ones a person or an
/// assistant chose; a lockfile's thousands of transitive names would be thousands of requests):
/// not found (RMP-D005), first published or released less than 30 days ago (RMP-D006), npm
/// install scripts in the resolved version (RMP-D007), MSBuild files in a NuGet package (RMP-D008). A registry that cannot answer skips its
/// ecosystem with a warning. Packages the repository fetches from a private registry are not asked
/// about: the public registry not knowing them is expected.
/// </summary>
internal static class RegistryFindingBuilder
{
    private static readonly TimeSpan NewerThan = TimeSpan.FromDays(30);

    public static async Task<List<Finding>> BuildAsync(IReadOnlyList<Package> packages, RegistryChecks checks, PrivateRegistries privateRegistries, ScanContext context, CancellationToken cancellationToken)
    {
        var findings = new List<Finding>();
        var now = context.Time.GetUtcNow();
        var unavailable = new HashSet<Ecosystem>();
        var groups = packages
            .GroupBy(p => (p.Ecosystem, Name: PackageNames.Normalise(p.Ecosystem, p.Name)))
            .Where(g => g.Any(p => p.IsDirect) && !privateRegistries.Covers(g.Key.Ecosystem, g.First().Name))
            .OrderBy(g => g.Key.Name, StringComparer.Ordinal);
        foreach (var group in groups)
        {
            if (unavailable.Contains(group.Key.Ecosystem) || checks.For(group.Key.Ecosystem) is not { } registry)
            {
                continue;
            }

            var places = group.OrderByDescending(p => p.IsDirect).ThenByDescending(p => p.DeclaredRange is not null).ThenBy(p => p.Location.Path, StringComparer.Ordinal).ThenBy(p => p.Location.Line).ToList();
            RegistryPackage? found;
            try
            {
                found = await registry.FindAsync(places[0].Name, cancellationToken).ConfigureAwait(false);
            }
            catch (RegistryUnavailableException e)
            {
                unavailable.Add(group.Key.Ecosystem);
                context.Warnings.Add(new ScanWarning($"{group.Key.Ecosystem.ToOsvName()} registry checks skipped: {e.Message}") { Detector = "dependencies" });
                continue;
            }

            findings.AddRange(Check(places, found, now));
            if (registry is IPackageContents contents && await BuildAssetsAsync(places, found, contents, context, cancellationToken).ConfigureAwait(false) is { } buildAssets)
            {
                findings.Add(buildAssets);
            }
        }

        return findings;
    }

    private static IEnumerable<Finding> Check(List<Package> places, RegistryPackage? found, DateTimeOffset now)
    {
        var package = places[0];
        if (found is null)
        {
            yield return Create(DependencyRules.PackageNotFoundInRegistry, places, null,
                $"{package.Name} was not found in the configured {package.Ecosystem.ToOsvName()} registry: if it does not exist, the name is likely hallucinated and free for anyone to register");
            yield break;
        }

        var version = places.Select(p => p.Version).FirstOrDefault(v => v is not null);
        var published = version is not null && found.Versions.TryGetValue(version, out var v) ? v : null;
        if (found.FirstPublished is { } first && IsNew(now - first))
        {
            yield return Create(DependencyRules.RecentlyPublishedPackage, places, version,
                $"{package.Name} was first published {Days(now - first)} ago ({first:yyyy-MM-dd}): too new to have a track record");
        }
        else if (published?.Published is { } at && IsNew(now - at))
        {
            yield return Create(DependencyRules.RecentlyPublishedPackage, places, version,
                $"{package.Name} {version} was published {Days(now - at)} ago ({at:yyyy-MM-dd}): a new release is when a hijacked maintainer account strikes");
        }

        if (package.Ecosystem == Ecosystem.Npm && published is { InstallScripts.Count: > 0 })
        {
            yield return Create(DependencyRules.NpmInstallScript, places, version,
                $"{package.Name} {version} runs code when installed ({string.Join(", ", published.InstallScripts.Select(s => $"{s.Key}: {s.Value}"))})");
        }
    }

    /// <summary>RMP-D008: the resolved NuGet version ships MSBuild files that every build imports.</summary>
    private static async Task<Finding?> BuildAssetsAsync(List<Package> places, RegistryPackage? found, IPackageContents contents, ScanContext context, CancellationToken cancellationToken)
    {
        var version = places.Select(p => p.Version).FirstOrDefault(v => v is not null);
        if (found is null || version is null || !found.Versions.TryGetValue(version, out var published))
        {
            return null;
        }

        IReadOnlyList<string>? files;
        try
        {
            files = await contents.FilesAsync(published, cancellationToken).ConfigureAwait(false);
        }
        catch (RegistryUnavailableException e)
        {
            context.Warnings.Add(new ScanWarning($"{places[0].Name} {version}: package contents not checked: {e.Message}") { Detector = "dependencies" });
            return null;
        }

        string[] folders = ["build/", "buildTransitive/", "buildMultiTargeting/"];
        var buildFiles = (files ?? [])
            .Where(f => folders.Any(d => f.StartsWith(d, StringComparison.OrdinalIgnoreCase)) && (f.EndsWith(".targets", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".props", StringComparison.OrdinalIgnoreCase)))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (buildFiles.Count == 0)
        {
            return null;
        }

        var shown = string.Join(", ", buildFiles.Take(4)) + (buildFiles.Count > 4 ? $" and {buildFiles.Count - 4} more" : "");
        return Create(DependencyRules.NuGetBuildAssets, places, version, $"{places[0].Name} {version} adds its own MSBuild code to every build ({shown})");
    }

    /// <summary>A date more than a day after the scan's clock is a broken date (or mirror), not a new package.</summary>
    private static bool IsNew(TimeSpan age) => age < NewerThan && age > -TimeSpan.FromDays(1);

    private static string Days(TimeSpan age) => age.TotalDays < 1 ? "less than a day" : $"{(int)age.TotalDays} day{((int)age.TotalDays == 1 ? string.Empty : "s")}";

    private static Finding Create(Core.Rules.Rule rule, List<Package> places, string? version, string message)
    {
        var package = places[0];
        var key = $"{package.Ecosystem.ToOsvName()}:{PackageNames.Normalise(package.Ecosystem, package.Name)}";
        return new Finding
        {
            RuleId = rule.Id,
            Severity = rule.DefaultSeverity,
            Confidence = rule.DefaultConfidence,
            Message = message,
            Location = package.Location,
            RelatedLocations = [.. places.Skip(1).Select(p => p.Location).Distinct().Select(l => l with { Label = "same package also here" })],
            Fingerprint = Fingerprint.Create(rule.Id, package.Location.Path, version is null ? key : $"{key}@{version}"),
            Evidence = new DependencyEvidence(package.Ecosystem.ToOsvName(), package.Name, version),
        };
    }
}
