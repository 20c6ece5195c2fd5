using Rampart.Core.Findings;

namespace Rampart.Pipeline.Hygiene;

/// <summary>RMP-P005: package manifests, but no Dependabot or Renovate configuration.</summary>
internal static class MissingDependencyUpdatesCheck
{
    public static Finding? Check(RepositoryLayout layout, IReadOnlyList<DependencyEcosystem> present, IReadOnlyList<DependencyUpdateConfig> configs)
    {
        if (!layout.HasProject || present.Count == 0 || configs.Count > 0)
        {
            return null;
        }

        var names = present.Select(e => e.DependabotName).ToList();
        return PipelineFinding.Create(
            PipelineRules.NoDependencyUpdates,
            layout.Anchor,
            $"No Dependabot or Renovate configuration: nothing proposes updates for the {string.Join(", ", names)} dependencies, so known vulnerabilities stay until someone notices",
            "no-dependency-update-config",
            new PipelineEvidence("dependency-updates") { Observed = [.. names.Select(n => $"ecosystem {n}"), "no .github/dependabot.yml or renovate.json"] },
            fingerprintPath: ".");
    }
}
