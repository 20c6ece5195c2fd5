using Rampart.Code.Analysis;
using Rampart.Code.Routes;
using Rampart.Core.Detectors;
using Rampart.Dependencies;
using Rampart.Dependencies.Advisories;
using Rampart.Dependencies.Advisories.Feeds;
using Rampart.Dependencies.Registry;
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
    /// <param name="cacheDirectory">Where local data lives (the advisory store, cached registry answers).</param>
    /// <param name="registryHttp">The client registry checks use; null turns them off (offline).</param>
    /// <param name="onlineAdvisories">OSV's query API for `scan --online`; null keeps to local advisory data.</param>
    public static IReadOnlyList<IDetector> Create(string cacheDirectory, HttpClient? registryHttp = null, OsvApiClient? onlineAdvisories = null) =>
    [
        new SecretsDetector(),
        new DependenciesDetector(
            Path.Combine(cacheDirectory, Path.GetFileName(AdvisoryStore.DefaultPath(string.Empty))),
            registryHttp is null ? null : RegistryChecks.CreateDefault(registryHttp, Path.Combine(cacheDirectory, "registry"), TimeProvider.System, offline: false),
            onlineAdvisories),
        new NuGetHygieneDetector(),
        new RepositoryHygieneDetector(),
        new ContainerAuditDetector(),
        new GitHubWorkflowDetector(),
        new GitLabCiDetector(),
        new AzurePipelinesDetector(),
        new RouteDetector(BuiltInRouteExtractors.Create()),
        new CodeAnalysisDetector(BuiltInLanguageAnalyzers.Create()),
    ];
}
