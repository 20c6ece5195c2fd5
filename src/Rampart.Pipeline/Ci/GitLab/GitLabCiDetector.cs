using Rampart.Core.Detectors;
using Rampart.Core.Findings;
using Rampart.Core.Rules;
using Rampart.Core.Scanning;
using Rampart.Pipeline.Ci.GitLab.Audits;

namespace Rampart.Pipeline.Ci.GitLab;

/// <summary>
/// Audits GitLab CI: <c>.gitlab-ci.yml</c> and, followed from it, the local files it includes
/// (wildcards too) and the child pipelines its jobs trigger. Each file is parsed into a
/// <see cref="GitLabPipeline"/> and walked by every audit; a file that is not valid YAML becomes
/// a scan warning with its line, never a failure.
/// </summary>
public sealed class GitLabCiDetector : IDetector
{
    public const string DetectorName = "gitlab-ci";

    private const string EntryFile = ".gitlab-ci.yml";

    /// <summary>The one explicit list of GitLab audits, in rule order.</summary>
    private static readonly GitLabAudit[] Audits =
    [
        new GitLabRemoteIncludeAudit(),
        new GitLabUnpinnedIncludeAudit(),
        new GitLabUnpinnedImageAudit(),
        new GitLabPipedDownloadAudit(),
        new GitLabDebugTraceAudit(),
        new GitLabUntrustedVariableAudit(),
        new GitLabSecretVariableAudit(),
    ];

    public string Name => DetectorName;

    public DetectorFamily Family => DetectorFamily.Pipeline;

    public IReadOnlyList<Rule> Rules => CiRules.GitLab;

    public Task<IReadOnlyList<Finding>> DetectAsync(ScanContext context, CancellationToken cancellationToken) =>
        LinkedCiFiles.AuditAsync(context, [EntryFile], DetectorName, AuditFile, cancellationToken);

    /// <summary>Audits one file and returns the local files it pulls in.</summary>
    private static IEnumerable<string> AuditFile(FileText text, WorkflowFindings findings)
    {
        if (GitLabCiParser.Parse(text) is not { } pipeline)
        {
            return [];
        }

        GitLabAudit.Walk(pipeline, Audits, findings);
        return pipeline.Includes
            .Concat(pipeline.Jobs.SelectMany(j => j.TriggerIncludes))
            .Where(i => i.Kind == GitLabIncludeKind.Local && !i.Target.Text.Contains('$', StringComparison.Ordinal))
            .Select(i => i.Target.Text)
            .ToList();
    }
}
