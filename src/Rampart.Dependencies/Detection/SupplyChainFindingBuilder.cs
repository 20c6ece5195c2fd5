using Rampart.Core.Findings;
using Rampart.Dependencies.Inventory;
using Rampart.Dependencies.Registry;

namespace Rampart.Dependencies.Detection;

/// <summary>
/// The offline name checks: look-alikes of popular packages (RMP-D003) and dependency-confusion
/// shapes (RMP-D004). One finding per package name, at the place the project declares it (the
/// manifest line a person edits), other files naming it as related places.
/// </summary>
internal static class SupplyChainFindingBuilder
{
    public static IEnumerable<Finding> Build(IReadOnlyList<Package> packages, PrivateRegistries privateRegistries)
    {
        foreach (var group in packages.GroupBy(p => (p.Ecosystem, Name: PackageNames.Normalise(p.Ecosystem, p.Name))))
        {
            var places = group
                .OrderByDescending(p => p.IsDirect)
                .ThenByDescending(p => p.DeclaredRange is not null)
                .ThenBy(p => p.Location.Path, StringComparer.Ordinal)
                .ThenBy(p => p.Location.Line)
                .ToList();
            var direct = places.Any(p => p.IsDirect);
            if (Squat(places, direct) is { } squat)
            {
                yield return squat;
            }

            if (Confusion(places, direct, privateRegistries) is { } confusion)
            {
                yield return confusion;
            }
        }
    }

    private static Finding? Squat(List<Package> places, bool direct)
    {
        var package = places[0];
        var popular = PopularPackages.For(package.Ecosystem);
        if (popular.LookAlikeOf(package.Name) is { } lookAlike)
        {
            var nonAscii = package.Name.Any(c => c > 127);
            var why = nonAscii ? "uses look-alike characters" : "differs only in look-alike characters or separators";
            return Create(DependencyRules.TyposquatOfPopularPackage, Severity.Critical, nonAscii ? Confidence.High : Confidence.Medium, places, lookAlike,
                $"{Display(package.Name)} {why}: it reads as the popular package {lookAlike} but is another package");
        }

        // Transitive packages get the homoglyph check only: among the thousands of names in a
        // lockfile, legitimate packages one or two edits from a popular one are common.
        if (!direct || popular.NearestTypo(package.Name) is not { } typo)
        {
            return null;
        }

        return Create(DependencyRules.TyposquatOfPopularPackage, DependencyRules.TyposquatOfPopularPackage.DefaultSeverity, Confidence.Medium, places, typo.Popular,
            $"{package.Name} is {typo.Distance} edit{(typo.Distance == 1 ? string.Empty : "s")} away from the popular package {typo.Popular}: a typo, or a typosquat of it");
    }

    private static Finding? Confusion(List<Package> places, bool direct, PrivateRegistries privateRegistries)
    {
        var package = places[0];
        var rule = DependencyRules.DependencyConfusionShape;
        if (places.Select(DependencyConfusionShape.InflatedVersion).FirstOrDefault(v => v is not null) is { } version)
        {
            return Create(rule, rule.DefaultSeverity, Confidence.Medium, places, null,
                $"{package.Name} {version} has an inflated version number, the shape of a dependency-confusion package published to win every range");
        }

        if (direct && DependencyConfusionShape.LooksInternal(package.Ecosystem, package.Name)
            && !PopularPackages.For(package.Ecosystem).Contains(package.Name) && !privateRegistries.Covers(package.Ecosystem, package.Name))
        {
            return Create(rule, rule.DefaultSeverity, Confidence.Low, places, null,
                $"{package.Name} looks like an internal package, but no private registry is configured for it: it is fetched from the public {package.Ecosystem.ToOsvName()} registry, where anyone can publish that name");
        }

        return null;
    }

    private static Finding Create(Core.Rules.Rule rule, Severity severity, Confidence confidence, List<Package> places, string? popular, string message)
    {
        var package = places[0];
        var key = $"{package.Ecosystem.ToOsvName()}:{PackageNames.Normalise(package.Ecosystem, package.Name)}";
        return new Finding
        {
            RuleId = rule.Id,
            Severity = severity,
            Confidence = confidence,
            Message = message,
            Location = package.Location,
            RelatedLocations = [.. places.Skip(1).Select(p => p.Location).Distinct().Select(l => l with { Label = "same package also here" })],
            Fingerprint = Fingerprint.Create(rule.Id, package.Location.Path, popular is null ? key : $"{key}~{popular.ToLowerInvariant()}"),
            Evidence = new DependencyEvidence(package.Ecosystem.ToOsvName(), package.Name, package.Version),
        };
    }

    /// <summary>Shows hidden look-alikes: every non-ASCII character as its code point next to it.</summary>
    private static string Display(string name) =>
        name.Any(c => c > 127) ? $"{name} ({string.Join(", ", name.Where(c => c > 127).Distinct().Select(c => $"U+{(int)c:X4}"))})" : name;
}
