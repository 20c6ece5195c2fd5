using Rampart.Core.Detectors;
using Rampart.Core.Findings;
using Rampart.Core.Rules;
using Rampart.Core.Scanning;
using Rampart.Pipeline.Workflows.Audits;

namespace Rampart.Pipeline.Workflows;

/// <summary>
/// Audits GitHub Actions: every <c>.github/workflows/*.yml|yaml</c> is parsed into a
/// <see cref="Workflow"/> and walked by each audit; <c>.github/dependabot.yml</c> gets its own
/// check. A file that is not valid YAML becomes a scan warning with its line, never a failure.
/// </summary>
public sealed class GitHubWorkflowDetector : IDetector
{
    public const string DetectorName = "github-actions";

    private const string WorkflowFolder = ".github/workflows/";

    /// <summary>The one explicit list of workflow audits, in rule order.</summary>
    private static readonly WorkflowAudit[] Audits =
    [
        new PrivilegedTriggerAudit(),
        new UntrustedInputInScriptAudit(),
        new MissingPermissionsAudit(),
        new WriteAllPermissionsAudit(),
        new WritePermissionsOnBuildJobAudit(),
        new UnpinnedActionAudit(),
        new CheckoutCredentialsAudit(),
        new SecretsInheritAudit(),
        new SecretsToJsonAudit(),
        new GitHubEnvInjectionAudit(),
        new UnsecureCommandsAudit(),
        new SelfHostedRunnerAudit(),
        new RemoteScriptPipeAudit(),
        new UnpinnedContainerImageAudit(),
        new MissingTimeoutAudit(),
        new DeploySecretEnvironmentAudit(),
        new LongLivedCloudCredentialsAudit(),
        new AgentPromptInjectionAudit(),
        new PinnedShaCommentMismatchAudit(),
    ];

    public string Name => DetectorName;

    public DetectorFamily Family => DetectorFamily.Pipeline;

    public IReadOnlyList<Rule> Rules => WorkflowRules.All;

    public async Task<IReadOnlyList<Finding>> DetectAsync(ScanContext context, CancellationToken cancellationToken)
    {
        var findings = new List<Finding>();
        foreach (var file in context.Files.Where(f => IsWorkflow(f.Path) || IsDependabotConfig(f.Path)).OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            if (await context.ReadTextAsync(file, cancellationToken).ConfigureAwait(false) is not { } text)
            {
                continue;
            }

            var fileFindings = new WorkflowFindings(file.Path, DetectorName);
            try
            {
                if (IsDependabotConfig(file.Path))
                {
                    DependabotExternalCodeAudit.Check(text, fileFindings);
                }
                else if (WorkflowParser.Parse(text) is { } workflow)
                {
                    WorkflowAudit.Walk(workflow, Audits, fileFindings);
                }
            }
            catch (WorkflowParseException e)
            {
                context.Warnings.Add(new ScanWarning($"{e.Message}; the file was not audited") { Path = file.Path, Detector = DetectorName });
                continue;
            }

            findings.AddRange(fileFindings.All);
        }

        return findings;
    }

    /// <summary>GitHub runs only the files directly in .github/workflows of the repository root.</summary>
    internal static bool IsWorkflow(string path) =>
        path.StartsWith(WorkflowFolder, StringComparison.Ordinal)
        && path.IndexOf('/', WorkflowFolder.Length) < 0
        && (path.EndsWith(".yml", StringComparison.Ordinal) || path.EndsWith(".yaml", StringComparison.Ordinal));

    internal static bool IsDependabotConfig(string path) => path is ".github/dependabot.yml" or ".github/dependabot.yaml";
}
