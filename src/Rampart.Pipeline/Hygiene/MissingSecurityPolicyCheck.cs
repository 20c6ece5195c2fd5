using Rampart.Core.Findings;

namespace Rampart.Pipeline.Hygiene;

/// <summary>RMP-P010: no SECURITY.md where GitHub looks for one (root, .github/, docs/).</summary>
internal static class MissingSecurityPolicyCheck
{
    private static readonly string[] Folders = [string.Empty, ".github/", "docs/"];

    public static Finding? Check(RepositoryLayout layout)
    {
        if (!layout.HasProject || layout.Files.Any(f => Folders.Any(folder => string.Equals(f.Path, $"{folder}SECURITY.md", StringComparison.OrdinalIgnoreCase))))
        {
            return null;
        }

        return PipelineFinding.Create(
            PipelineRules.NoSecurityPolicy,
            layout.Anchor,
            "No SECURITY.md (root, .github/ or docs/): someone who finds a vulnerability has no private way to report it",
            "no-security-policy",
            new PipelineEvidence("security-policy") { Observed = ["no SECURITY.md"] },
            fingerprintPath: ".");
    }
}
