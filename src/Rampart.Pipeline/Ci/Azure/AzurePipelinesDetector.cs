using Rampart.Core.Detectors;
using Rampart.Core.Findings;
using Rampart.Core.Rules;
using Rampart.Core.Scanning;
using Rampart.Pipeline.Ci.Azure.Audits;

namespace Rampart.Pipeline.Ci.Azure;

/// <summary>
/// Audits Azure Pipelines: <c>azure-pipelines.yml|yaml</c> at the root, every YAML file under
/// <c>.azure-pipelines/</c>, and the local templates they reference. Each file is parsed into an
/// <see cref="AzurePipeline"/> and walked by every audit; a file that is not valid YAML becomes a
/// scan warning with its line, never a failure.
/// </summary>
public sealed class AzurePipelinesDetector : IDetector
{
    public const string DetectorName = "azure-pipelines";

    private const string PipelineFolder = ".azure-pipelines/";

    /// <summary>The one explicit list of Azure Pipelines audits, in rule order.</summary>
    private static readonly AzureAudit[] Audits =
    [
        new AzureUntrustedVariableAudit(),
        new AzureUnpinnedImageAudit(),
        new AzureSystemDebugAudit(),
        new AzureSecretVariableAudit(),
        new AzureCheckoutCredentialsAudit(),
        new AzurePipedDownloadAudit(),
    ];

    public string Name => DetectorName;

    public DetectorFamily Family => DetectorFamily.Pipeline;

    public IReadOnlyList<Rule> Rules => CiRules.Azure;

    public Task<IReadOnlyList<Finding>> DetectAsync(ScanContext context, CancellationToken cancellationToken)
    {
        var entries = context.Files.Select(f => f.Path).Where(IsPipelineFile).Order(StringComparer.Ordinal).ToList();
        return LinkedCiFiles.AuditAsync(context, entries, DetectorName, AuditFile, cancellationToken);
    }

    internal static bool IsPipelineFile(string path) =>
        path is "azure-pipelines.yml" or "azure-pipelines.yaml"
        || (path.StartsWith(PipelineFolder, StringComparison.Ordinal) && (path.EndsWith(".yml", StringComparison.Ordinal) || path.EndsWith(".yaml", StringComparison.Ordinal)));

    /// <summary>Audits one file and returns the local templates it references, as repository paths.</summary>
    private static IEnumerable<string> AuditFile(FileText text, WorkflowFindings findings)
    {
        if (AzurePipelineParser.Parse(text) is not { } pipeline)
        {
            return [];
        }

        AzureAudit.Walk(pipeline, Audits, findings);
        var folder = text.Path.LastIndexOf('/') is var slash and >= 0 ? text.Path[..(slash + 1)] : string.Empty;
        return pipeline.Templates
            .Select(t => t.Text.Trim())
            // A template in another repository (file@alias) or chosen by an expression cannot be read from this checkout.
            .Where(t => !t.Contains('@', StringComparison.Ordinal) && !t.Contains('$', StringComparison.Ordinal))
            .Select(t => t.StartsWith('/') ? t : folder + t)
            .ToList();
    }
}
