using Rampart.Core.Detectors;
using Rampart.Core.Findings;
using Rampart.Core.Rules;
using Rampart.Core.Scanning;
using Rampart.Pipeline.Hygiene.Ci;

namespace Rampart.Pipeline.Hygiene;

/// <summary>
/// Repository-level checks: what the file list, a few manifests and the CI files say about how a
/// change is built, tested, scanned and kept up to date. CI files are read once and shared.
/// </summary>
public sealed class RepositoryHygieneDetector : IDetector
{
    public string Name => "repository-hygiene";

    public DetectorFamily Family => DetectorFamily.Pipeline;

    public IReadOnlyList<Rule> Rules => PipelineRules.All;

    public async Task<IReadOnlyList<Finding>> DetectAsync(ScanContext context, CancellationToken cancellationToken)
    {
        var layout = RepositoryLayout.Of(context.Files);
        if (!layout.HasProject)
        {
            return [];
        }

        var ci = await CiConfigurationReader.ReadAllAsync(layout, context, cancellationToken).ConfigureAwait(false);
        var testingScripts = await PackageScripts.TestingScriptNamesAsync(layout, context, cancellationToken).ConfigureAwait(false);
        var ecosystems = DependencyEcosystems.PresentIn(layout);
        var updateConfigs = await DependencyUpdateConfigReader.ReadAllAsync(layout, context, cancellationToken).ConfigureAwait(false);

        var findings = new List<Finding?>
        {
            MissingCiCheck.Check(layout),
            await MissingTestsCheck.CheckAsync(layout, context, cancellationToken).ConfigureAwait(false),
            CiRunsNoTestsCheck.Check(layout, ci, testingScripts),
            CiSkipsPullRequestsCheck.Check(layout, ci),
            MissingDependencyUpdatesCheck.Check(layout, ecosystems, updateConfigs),
            IncompleteDependencyUpdatesCheck.Check(layout, ecosystems, updateConfigs),
            await MissingSecretScanningCheck.CheckAsync(layout, ci, context, cancellationToken).ConfigureAwait(false),
            MissingSecurityPolicyCheck.Check(layout),
            MissingCodeOwnersCheck.Check(layout),
        };
        findings.AddRange(await MissingLockfileCheck.CheckAsync(layout, context, cancellationToken).ConfigureAwait(false));
        findings.AddRange(await UnenforcedLockfileCheck.CheckAsync(layout, ci, context, cancellationToken).ConfigureAwait(false));
        findings.AddRange(CommittedBinaryCheck.Check(layout, context));
        findings.AddRange(await UnfilteredDockerContextCheck.CheckAsync(layout, context, cancellationToken).ConfigureAwait(false));
        return [.. findings.OfType<Finding>()];
    }
}
