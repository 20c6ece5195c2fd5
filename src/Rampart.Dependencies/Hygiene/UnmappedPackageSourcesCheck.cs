using System.Xml.Linq;
using Rampart.Core.Findings;
using Rampart.Dependencies.Extractors.NuGet;

namespace Rampart.Dependencies.Hygiene;

/// <summary>
/// RMP-D012: a nuget.config with more than one package source and no <c>packageSourceMapping</c>.
/// NuGet then takes a package from whichever feed answers, so a public package named like an
/// internal one can be restored instead (dependency confusion).
/// </summary>
internal static class UnmappedPackageSourcesCheck
{
    public static IEnumerable<Finding> Check(string path, XDocument document)
    {
        if (document.Root is not { } root || NuGetHygieneDetector.Named(root, "packageSourceMapping").Any(m => m.HasElements))
        {
            yield break;
        }

        foreach (var sources in root.Elements().Where(e => string.Equals(e.Name.LocalName, "packageSources", StringComparison.OrdinalIgnoreCase)))
        {
            var names = sources.Elements()
                .Where(e => string.Equals(e.Name.LocalName, "add", StringComparison.OrdinalIgnoreCase))
                .Select(e => e.Attribute("key")?.Value ?? "?")
                .ToList();
            if (names.Count < 2)
            {
                continue;
            }

            var rule = DependencyRules.UnmappedPackageSources;
            yield return new Finding
            {
                RuleId = rule.Id,
                Severity = rule.DefaultSeverity,
                Confidence = rule.DefaultConfidence,
                Message = $"{names.Count} package sources ({string.Join(", ", names)}) and no packageSourceMapping: any feed can supply any package id",
                Location = new SourceLocation(path, MsBuildXml.LineOf(sources)),
                Fingerprint = Fingerprint.Create(rule.Id, path, string.Join(",", names.Order(StringComparer.Ordinal))),
            };
        }
    }
}
