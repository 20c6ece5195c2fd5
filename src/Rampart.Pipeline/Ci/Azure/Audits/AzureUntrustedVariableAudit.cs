using System.Text.RegularExpressions;

namespace Rampart.Pipeline.Ci.Azure.Audits;

/// <summary>
/// RMP-P070: <c>$(Build.SourceBranchName)</c>-style macros, and <c>${{ variables['…'] }}</c>
/// template expressions, of text a pusher or pull request author chooses, inside a script. Azure
/// replaces them before the shell parses the script, so each is reported at its own column.
/// </summary>
internal sealed partial class AzureUntrustedVariableAudit : AzureAudit
{
    private static readonly Dictionary<string, string> Untrusted = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Build.SourceBranch"] = "branch name",
        ["Build.SourceBranchName"] = "branch name",
        ["Build.SourceVersionMessage"] = "commit message",
        ["Build.RequestedFor"] = "requester's display name",
        ["Build.RequestedForEmail"] = "requester's email address",
        ["System.PullRequest.SourceBranch"] = "pull request's source branch",
    };

    public override void VisitStep(AzurePipeline pipeline, AzureJob job, AzureStep step, WorkflowFindings findings)
    {
        if (step.Script is not { } script)
        {
            return;
        }

        foreach (Match match in Reference().Matches(script.Raw))
        {
            var name = match.Groups["macro"].Success ? match.Groups["macro"].Value : match.Groups["template"].Value;
            if (!Untrusted.TryGetValue(name, out var what))
            {
                continue;
            }

            var environment = name.Replace('.', '_').ToUpperInvariant();
            var usage = step.IsPowerShell ? $"$env:{environment}" : $"\"${environment}\"";
            findings.Add(
                CiRules.AzureUntrustedVariableInScript,
                script.LocationInRaw(match.Index, match.Length),
                $"{match.Value} in the script of step '{step.Label}' ({job.Label}) is replaced by the {what} before the script runs, so whoever chooses it writes part of the script",
                $"{job.Label}: {name}",
                [job.Label, $"step {step.Label}", $"untrusted {name}"],
                remediation: $"Read the environment variable Azure sets for it ({usage}), or map it in the step's env ({environment}: $({name})); never let Azure paste it into the script.");
        }
    }

    [GeneratedRegex(@"\$\(\s*(?<macro>[A-Za-z][\w.]*)\s*\)|\$\{\{\s*variables(?:\.(?<template>[A-Za-z][\w.]*)|\[\s*'(?<template>[^']+)'\s*\])\s*\}\}", RegexOptions.CultureInvariant)]
    private static partial Regex Reference();
}
