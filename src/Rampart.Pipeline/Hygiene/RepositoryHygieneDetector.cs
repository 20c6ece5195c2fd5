using Rampart.Core.Detectors;
using Rampart.Core.Findings;
using Rampart.Core.Rules;
using Rampart.Core.Scanning;

namespace Rampart.Pipeline.Hygiene;

/// <summary>Repository-level checks that need only the file list and a few manifests.</summary>
public sealed class RepositoryHygieneDetector : IDetector
{
    public string Name => "repository-hygiene";

    public DetectorFamily Family => DetectorFamily.Pipeline;

    public IReadOnlyList<Rule> Rules => PipelineRules.All;

    public async Task<IReadOnlyList<Finding>> DetectAsync(ScanContext context, CancellationToken cancellationToken)
    {
        var layout = RepositoryLayout.Of(context.Files);
        var findings = new List<Finding>();
        if (MissingCiCheck.Check(layout) is { } noCi)
        {
            findings.Add(noCi);
        }

        if (await MissingTestsCheck.CheckAsync(layout, context, cancellationToken).ConfigureAwait(false) is { } noTests)
        {
            findings.Add(noTests);
        }

        return findings;
    }
}
