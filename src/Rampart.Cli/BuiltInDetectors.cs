using Rampart.Core.Detectors;
using Rampart.Dependencies;
using Rampart.Dependencies.Advisories;
using Rampart.Dependencies.Hygiene;
using Rampart.Pipeline.Ci.Azure;
using Rampart.Pipeline.Ci.GitLab;
using Rampart.Pipeline.Containers;
using Rampart.Pipeline.Hygiene;
using Rampart.Pipeline.Workflows;
using Rampart.Secrets;

namespace Rampart.Cli;

/// <summary>
/// The one explicit list of detectors a scan runs. A new detector is added here and nowhere
/// else; no reflection, no discovery.
/// </summary>
internal static class BuiltInDetectors
{
    /// <param name="cacheDirectory">Where local data lives (the advisory store).</param>
    public static IReadOnlyList<IDetector> Create(string cacheDirectory) =>
    [
        new SecretsDetector(),
        new DependenciesDetector(Path.Combine(cacheDirectory, Path.GetFileName(AdvisoryStore.DefaultPath(string.Empty)))),
        new NuGetHygieneDetector(),
        new RepositoryHygieneDetector(),
        new ContainerAuditDetector(),
        new GitHubWorkflowDetector(),
        new GitLabCiDetector(),
        new AzurePipelinesDetector(),
    ];
}
