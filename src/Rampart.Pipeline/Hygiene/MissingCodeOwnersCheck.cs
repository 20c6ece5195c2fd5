using Rampart.Core.Findings;

namespace Rampart.Pipeline.Hygiene;

/// <summary>RMP-P011: no CODEOWNERS where GitHub or GitLab looks for one.</summary>
internal static class MissingCodeOwnersCheck
{
    private static readonly string[] Paths = ["CODEOWNERS", ".github/CODEOWNERS", ".gitlab/CODEOWNERS", "docs/CODEOWNERS"];

    public static Finding? Check(RepositoryLayout layout)
    {
        if (!layout.HasProject || Paths.Any(layout.Contains))
        {
            return null;
        }

        return PipelineFinding.Create(
            PipelineRules.NoCodeOwners,
            layout.Anchor,
            "No CODEOWNERS (root, .github/, .gitlab/ or docs/): no one is asked to review changes to CI workflows, infrastructure or authentication code",
            "no-codeowners",
            new PipelineEvidence("code-owners") { Observed = ["no CODEOWNERS"] },
            fingerprintPath: ".");
    }
}
