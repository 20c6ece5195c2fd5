using Rampart.Core.Findings;
using Rampart.Dependencies.Advisories;
using Rampart.Dependencies.Inventory;

namespace Rampart.Dependencies.Detection;

/// <summary>
/// One finding per vulnerable package version, at the place that locks it (other files naming the
/// same version are related places): malicious packages as RMP-D002, the rest as RMP-D001 rated
/// by their worst advisory.
/// </summary>
internal static class DependencyFindingBuilder
{
    private const string MaliciousPrefix = "MAL-";

    public static IEnumerable<Finding> Build(IEnumerable<PackageVulnerabilities> vulnerable, ISet<Package> assumedFromMinimum) =>
        vulnerable
            .GroupBy(v => (v.Package.Ecosystem, Name: v.Package.Name.ToLowerInvariant(), v.Package.Version))
            .Select(group => BuildOne([.. group.OrderBy(v => assumedFromMinimum.Contains(v.Package)).ThenBy(v => v.Package.Location.Path, StringComparer.Ordinal)], assumedFromMinimum));

    private static Finding BuildOne(List<PackageVulnerabilities> places, ISet<Package> assumedFromMinimum)
    {
        var primary = places[0];
        var package = primary.Package;
        var malicious = primary.Advisories.Any(a => a.Id.StartsWith(MaliciousPrefix, StringComparison.Ordinal));
        var rule = malicious ? DependencyRules.MaliciousPackage : DependencyRules.VulnerableDependency;
        var severity = malicious ? Severity.Critical : primary.Advisories.Select(a => a.Severity?.Level ?? Severity.Medium).DefaultIfEmpty(Severity.Medium).Max();
        var ids = primary.Advisories.Select(a => a.Id).Order(StringComparer.Ordinal).ToList();
        var via = package.IsDirect || package.IntroducedBy.Count == 0 ? string.Empty : $", brought in by {string.Join(", ", package.IntroducedBy)}";
        var assumed = assumedFromMinimum.Contains(package) ? " (no lockfile: NuGet restores the declared minimum)" : string.Empty;
        var fix = primary.FixVersion is { } version ? $"upgrade to {version}" : "no fixed version is published yet";
        var what = malicious ? "is a known malicious package" : $"has {ids.Count} known vulnerabilit{(ids.Count == 1 ? "y" : "ies")}";
        return new Finding
        {
            RuleId = rule.Id,
            Severity = severity,
            Confidence = assumed.Length > 0 ? Confidence.Medium : rule.DefaultConfidence,
            Message = $"{package.Name} {package.Version}{assumed}{via} {what} ({string.Join(", ", ids)}): {fix}",
            Location = package.Location,
            RelatedLocations = [.. places.Skip(1).Select(p => p.Package.Location with { Label = "same version also here" })],
            Fingerprint = Fingerprint.Create(rule.Id, package.Location.Path, $"{package.Ecosystem.ToOsvName()}:{package.Name.ToLowerInvariant()}@{package.Version}"),
            Evidence = new DependencyEvidence(package.Ecosystem.ToOsvName(), package.Name, package.Version)
            {
                AdvisoryIds = ids,
                FixedVersion = primary.FixVersion,
                IntroducedBy = package.IntroducedBy.Count == 0 ? null : string.Join(", ", package.IntroducedBy),
            },
        };
    }
}
