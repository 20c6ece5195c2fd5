using System.Text.RegularExpressions;
using Rampart.Core.Findings;
using Rampart.Core.Scanning;
using Rampart.Pipeline.Hygiene.Ci;

namespace Rampart.Pipeline.Hygiene;

/// <summary>RMP-P009: no secret scanner runs in CI or in a pre-commit hook.</summary>
internal static partial class MissingSecretScanningCheck
{
    private static readonly string[] HookFiles =
        [".pre-commit-config.yaml", ".pre-commit-config.yml", "lefthook.yml", "lefthook.yaml", ".lefthook.yml", ".lefthook.yaml"];

    private static readonly string[] HookFolders = [".githooks/", ".husky/"];

    public static async Task<Finding?> CheckAsync(RepositoryLayout layout, IReadOnlyList<CiConfiguration> ci, ScanContext context, CancellationToken cancellationToken)
    {
        if (!layout.HasProject || ci.Any(c => c.CommandsAndActions.Any(command => RunsSecretScanner(command.Text))))
        {
            return null;
        }

        var hooks = layout.Files.Where(f => HookFiles.Contains(f.Path, StringComparer.Ordinal) || HookFolders.Any(h => f.Path.StartsWith(h, StringComparison.Ordinal))).ToList();
        foreach (var hook in hooks)
        {
            if (await context.ReadTextAsync(hook, cancellationToken).ConfigureAwait(false) is { } text && text.Text.Split('\n').Any(RunsSecretScanner))
            {
                return null;
            }
        }

        var pipeline = ci.FirstOrDefault(c => c.IsPipeline);
        var where = pipeline is null
            ? "there is no CI to run a scanner, and no pre-commit hook runs"
            : $"neither the CI ({pipeline.Path}{(ci.Count(c => c.IsPipeline) > 1 ? ", ..." : string.Empty)}) nor a pre-commit hook runs";
        return PipelineFinding.Create(
            PipelineRules.NoSecretScanning,
            pipeline?.Anchor ?? layout.Anchor,
            $"No secret scanning: {where} gitleaks, trufflehog, detect-secrets, ggshield or rampart, so a committed key is found only by whoever abuses it",
            "no-secret-scanning",
            new PipelineEvidence("secret-scanning") { Observed = [.. ci.Where(c => c.IsPipeline).Select(c => $"CI file {c.Path}"), .. hooks.Select(h => $"hook {h.Path}")] },
            fingerprintPath: ".");
    }

    /// <summary>A scanner by name; <c>rampart scan --only ...</c> counts only when the secrets family is included.</summary>
    private static bool RunsSecretScanner(string command)
    {
        if (SecretScanner().IsMatch(command))
        {
            return true;
        }

        return RampartScan().IsMatch(command) && (!command.Contains("--only", StringComparison.Ordinal) || command.Contains("secrets", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"\b(gitleaks|trufflehog|trufflesecurity|detect-secrets|ggshield|git-secrets|secretlint|talisman)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SecretScanner();

    [GeneratedRegex(@"\brampart\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RampartScan();
}
