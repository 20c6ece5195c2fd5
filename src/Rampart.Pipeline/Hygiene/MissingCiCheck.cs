using Rampart.Core.Findings;

namespace Rampart.Pipeline.Hygiene;

/// <summary>RMP-P001: no CI configuration; critical when a deploy configuration exists.</summary>
internal static class MissingCiCheck
{
    public static Finding? Check(RepositoryLayout layout)
    {
        if (layout.CiConfigurations.Any() || !layout.HasProject)
        {
            return null;
        }

        var rule = PipelineRules.NoCiPipeline;
        var deploy = layout.DeployConfigurations.ToList();
        var anchor = deploy.FirstOrDefault() ?? layout.ProjectManifests.FirstOrDefault();
        var path = anchor?.Path ?? ".";
        var message = deploy.Count > 0
            ? $"No CI pipeline, but a deploy configuration ({string.Join(", ", deploy.Select(d => d.Path))}): changes go straight to production untested"
            : "No CI pipeline: nothing builds, tests or scans a change before it ships";
        return new Finding
        {
            RuleId = rule.Id,
            Severity = deploy.Count > 0 ? Severity.Critical : rule.DefaultSeverity,
            Confidence = rule.DefaultConfidence,
            Message = message,
            Location = new SourceLocation(path),
            RelatedLocations = [.. deploy.Skip(1).Select(d => new SourceLocation(d.Path) { Label = "deploy configuration" })],
            // A deploy config changes the risk, so a baselined "no CI" comes back when one appears.
            Fingerprint = Fingerprint.Create(rule.Id, ".", deploy.Count > 0 ? "no-ci deploy" : "no-ci"),
            Evidence = new PipelineEvidence("ci")
            {
                Observed = deploy.Count > 0 ? [.. deploy.Select(d => $"deploy configuration {d.Path}")] : ["no CI configuration file"],
            },
        };
    }
}
