using Rampart.Core.Findings;

namespace Rampart.Pipeline.Hygiene;

/// <summary>RMP-P006: a Dependabot or Renovate configuration that leaves out ecosystems the repository uses.</summary>
internal static class IncompleteDependencyUpdatesCheck
{
    public static Finding? Check(RepositoryLayout layout, IReadOnlyList<DependencyEcosystem> present, IReadOnlyList<DependencyUpdateConfig> configs)
    {
        if (!layout.HasProject || configs.Count == 0)
        {
            return null;
        }

        var missing = present.Where(e => !configs.Any(c => c.Covers(e))).Select(e => e.DependabotName).ToList();
        if (missing.Count == 0)
        {
            return null;
        }

        var config = configs[0];
        return PipelineFinding.Create(
            PipelineRules.DependencyUpdatesIncomplete,
            config.Location,
            $"{config.Tool} does not cover {string.Join(", ", missing)}: those dependencies never get update pull requests",
            $"missing {string.Join(' ', missing)}",
            new PipelineEvidence("dependency-updates") { Observed = [.. missing.Select(m => $"ecosystem {m} not covered")] });
    }
}
