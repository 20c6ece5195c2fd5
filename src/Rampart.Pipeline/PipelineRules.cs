using Rampart.Core.Findings;
using Rampart.Core.Rules;

namespace Rampart.Pipeline;

/// <summary>
/// The repository hygiene rules of the pipeline family (RMP-P001..P019), in one place so ids are
/// never reused. Workflow audits (P020..P049), container audits (P050..P059) and GitLab and Azure
/// Pipelines audits (P060..P079, <see cref="CiRules"/>) keep their own lists.
/// </summary>
public static class PipelineRules
{
    public static Rule NoCiPipeline { get; } = new()
    {
        Id = RuleId.Parse("RMP-P001"),
        Name = "no-ci-pipeline",
        Title = "The repository has no CI pipeline",
        Category = FindingCategory.Pipeline,
        DefaultSeverity = Severity.High,
        DefaultConfidence = Confidence.High,
        Description = "No CI configuration was found (GitHub Actions, GitLab CI, Azure Pipelines, Bitbucket Pipelines, CircleCI, Jenkins, Travis, Drone, Buildkite, AppVeyor, Woodpecker). Nothing builds, tests or scans a change before it ships; with a deploy configuration present, changes go straight to production.",
        Remediation = "Add a CI workflow that builds, runs the tests and runs 'rampart scan --fail-on high' on every pull request and push to the default branch.",
        Cwe = [1127],
    };

    public static Rule NoTests { get; } = new()
    {
        Id = RuleId.Parse("RMP-P002"),
        Name = "no-automated-tests",
        Title = "The repository has no automated tests",
        Category = FindingCategory.Pipeline,
        DefaultSeverity = Severity.Medium,
        DefaultConfidence = Confidence.Medium,
        Description = "No test project or test files were found, or the only test script is npm's placeholder that always fails. Without tests, no pipeline can tell a working change from a broken one.",
        Remediation = "Add a first smoke test in the stack's usual framework (xunit, vitest/jest, pytest) and run it in CI.",
        Cwe = [1127],
    };

    public static Rule CiRunsNoTests { get; } = new()
    {
        Id = RuleId.Parse("RMP-P003"),
        Name = "ci-runs-no-tests",
        Title = "CI runs, but no CI command runs the tests",
        Category = FindingCategory.Pipeline,
        DefaultSeverity = Severity.High,
        DefaultConfidence = Confidence.Medium,
        Description = "A CI configuration exists, but none of its commands runs a test suite (dotnet test, npm test, pytest, go test, cargo test, mvn verify, gradle test, ...). The pipeline goes green on code that was never exercised, which is worse than no pipeline: it looks like a safety net.",
        Remediation = "Add a step that runs the project's tests (for example 'dotnet test', 'npm test' or 'pytest') to the workflow that runs on pull requests.",
        Cwe = [1127],
    };

    public static Rule CiSkipsPullRequests { get; } = new()
    {
        Id = RuleId.Parse("RMP-P004"),
        Name = "ci-skips-pull-requests",
        Title = "No GitHub workflow runs on pull requests",
        Category = FindingCategory.Pipeline,
        DefaultSeverity = Severity.Medium,
        DefaultConfidence = Confidence.High,
        Description = "None of the GitHub workflows is triggered by pull_request, pull_request_target or merge_group, so a change is only checked after it has been merged, if at all.",
        Remediation = "Add 'pull_request:' to the 'on:' triggers of the workflow that builds and tests the project.",
    };

    public static Rule NoDependencyUpdates { get; } = new()
    {
        Id = RuleId.Parse("RMP-P005"),
        Name = "no-dependency-update-config",
        Title = "Nothing keeps the dependencies up to date",
        Category = FindingCategory.Pipeline,
        DefaultSeverity = Severity.Medium,
        DefaultConfidence = Confidence.High,
        Description = "There is no Dependabot (.github/dependabot.yml) or Renovate configuration, so vulnerable dependencies stay in place until someone notices by hand.",
        Remediation = "Add .github/dependabot.yml with one 'updates' entry per package ecosystem of the repository (or a renovate.json).",
        Cwe = [1104],
    };

    public static Rule DependencyUpdatesIncomplete { get; } = new()
    {
        Id = RuleId.Parse("RMP-P006"),
        Name = "dependency-updates-incomplete",
        Title = "The dependency update configuration misses ecosystems the repository uses",
        Category = FindingCategory.Pipeline,
        DefaultSeverity = Severity.Low,
        DefaultConfidence = Confidence.Medium,
        Description = "The Dependabot or Renovate configuration does not cover every package ecosystem present (npm, NuGet, pip, Docker, GitHub Actions, ...), so those dependencies never get update pull requests.",
        Remediation = "Add an 'updates' entry for each missing package-ecosystem to .github/dependabot.yml (or add the managers to Renovate's enabledManagers).",
        Cwe = [1104],
    };

    public static Rule MissingLockfile { get; } = new()
    {
        Id = RuleId.Parse("RMP-P007"),
        Name = "missing-lockfile",
        Title = "Dependencies are resolved without a lockfile",
        Category = FindingCategory.Pipeline,
        DefaultSeverity = Severity.Medium,
        DefaultConfidence = Confidence.Medium,
        Description = "A manifest declares dependencies but no lockfile records the exact versions (package-lock.json, packages.lock.json, poetry.lock, uv.lock, go.sum, ...), or a requirements file has unpinned lines. Every install may pull a different, possibly compromised, version.",
        Remediation = "Commit the lockfile your package manager produces (npm install, dotnet restore with RestorePackagesWithLockFile, uv lock, poetry lock) or pin every requirement with ==.",
        Cwe = [829],
    };

    public static Rule LockfileNotEnforced { get; } = new()
    {
        Id = RuleId.Parse("RMP-P008"),
        Name = "lockfile-not-enforced-in-ci",
        Title = "CI installs dependencies without enforcing the lockfile",
        Category = FindingCategory.Pipeline,
        DefaultSeverity = Severity.Low,
        DefaultConfidence = Confidence.Medium,
        Description = "A lockfile exists, but CI installs with a command that may rewrite it (npm install instead of npm ci, dotnet restore without --locked-mode, uv sync without --locked), so CI can build with versions nobody reviewed.",
        Remediation = "Use the lockfile-enforcing install in CI: 'npm ci', 'dotnet restore --locked-mode', 'uv sync --locked'.",
        Cwe = [829],
    };

    public static Rule NoSecretScanning { get; } = new()
    {
        Id = RuleId.Parse("RMP-P009"),
        Name = "no-secret-scanning",
        Title = "No secret scanning in CI or in a pre-commit hook",
        Category = FindingCategory.Pipeline,
        DefaultSeverity = Severity.Medium,
        DefaultConfidence = Confidence.Medium,
        Description = "Neither a CI workflow nor a pre-commit hook runs a secret scanner (gitleaks, trufflehog, detect-secrets, ggshield, rampart), so a committed key is only found by whoever abuses it.",
        Remediation = "Run a secret scanner on every pull request (for example 'rampart scan --only secrets' or gitleaks) and install it as a pre-commit hook ('rampart hook install').",
        Cwe = [540],
    };

    public static Rule NoSecurityPolicy { get; } = new()
    {
        Id = RuleId.Parse("RMP-P010"),
        Name = "no-security-policy",
        Title = "The repository has no SECURITY.md",
        Category = FindingCategory.Pipeline,
        DefaultSeverity = Severity.Low,
        DefaultConfidence = Confidence.High,
        Description = "There is no SECURITY.md in the root, .github/ or docs/, so someone who finds a vulnerability has no private way to report it and may open a public issue instead.",
        Remediation = "Add SECURITY.md saying how to report a vulnerability privately (an e-mail address or GitHub private vulnerability reporting) and which versions get fixes.",
    };

    public static Rule NoCodeOwners { get; } = new()
    {
        Id = RuleId.Parse("RMP-P011"),
        Name = "no-codeowners",
        Title = "The repository has no CODEOWNERS file",
        Category = FindingCategory.Pipeline,
        DefaultSeverity = Severity.Low,
        DefaultConfidence = Confidence.High,
        Description = "There is no CODEOWNERS file in the root, .github/, .gitlab/ or docs/, so no one is asked to review changes to sensitive paths such as CI workflows, infrastructure or authentication code.",
        Remediation = "Add .github/CODEOWNERS naming an owner for everything ('* @you') and for sensitive paths (.github/workflows/, infra/).",
    };

    public static Rule CommittedBinary { get; } = new()
    {
        Id = RuleId.Parse("RMP-P012"),
        Name = "committed-binary",
        Title = "A compiled binary is committed to the repository",
        Category = FindingCategory.Pipeline,
        DefaultSeverity = Severity.Medium,
        DefaultConfidence = Confidence.Medium,
        Description = "An executable, library or compiled file (.exe, .dll, .so, .jar, .pyc, ...) is committed. It cannot be reviewed or rebuilt from source, it may be stale or tampered with, and build output in the repository usually means a missing .gitignore.",
        Remediation = "Remove the file from the repository (git rm --cached), ignore the build output in .gitignore, and fetch third-party binaries through the package manager.",
    };

    public static Rule UnfilteredDockerContext { get; } = new()
    {
        Id = RuleId.Parse("RMP-P013"),
        Name = "unfiltered-docker-build-context",
        Title = "A Dockerfile is built without a .dockerignore excluding .env and .git",
        Category = FindingCategory.Pipeline,
        DefaultSeverity = Severity.Medium,
        DefaultConfidence = Confidence.Medium,
        Description = "A Dockerfile has no .dockerignore next to it, or the .dockerignore does not exclude .env and .git. 'COPY . .' then bakes local secrets and the whole git history into the image, where anyone who pulls it can read them.",
        Remediation = "Add a .dockerignore next to the Dockerfile that excludes at least .git, .env and .env.*, plus build output and node_modules.",
        Cwe = [538],
    };

    public static IReadOnlyList<Rule> All { get; } =
    [
        NoCiPipeline, NoTests, CiRunsNoTests, CiSkipsPullRequests, NoDependencyUpdates, DependencyUpdatesIncomplete, MissingLockfile,
        LockfileNotEnforced, NoSecretScanning, NoSecurityPolicy, NoCodeOwners, CommittedBinary, UnfilteredDockerContext,
    ];
}
