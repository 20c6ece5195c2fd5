using System.Text.RegularExpressions;

namespace Rampart.Pipeline.Workflows.Audits;

/// <summary>
/// Decides whether a job only builds, lints or tests. It errs towards "no": any sign of writing
/// (a release, publish, push, comment or cloud login action, a write command, the token used
/// explicitly, an environment, a name like "release") makes the job one that may need write
/// scopes, so RMP-P025 stays quiet about it.
/// </summary>
internal static partial class BuildJobClassifier
{
    /// <summary>Actions that exist to write to GitHub or to get credentials (so need id-token).</summary>
    private static readonly string[] PrivilegedActions =
    [
        "actions/github-script", "actions/create-release", "actions/upload-release-asset", "actions/deploy-pages",
        "actions/labeler", "actions/stale", "actions/attest", "actions/attest-build-provenance", "github/codeql-action",
        "softprops/action-gh-release", "ncipollo/release-action", "peter-evans/create-pull-request",
        "peter-evans/create-or-update-comment", "peter-evans/commit-comment", "stefanzweifel/git-auto-commit-action",
        "endbug/add-and-commit", "jamesives/github-pages-deploy-action", "peaceiris/actions-gh-pages",
        "googleapis/release-please-action", "google-github-actions/release-please-action", "changesets/action",
        "release-drafter/release-drafter", "goreleaser/goreleaser-action", "docker/login-action", "docker/build-push-action",
        "marocchino/sticky-pull-request-comment", "thollander/actions-comment-pull-request", "dorny/test-reporter",
        "enricomi/publish-unit-test-result-action", "mikepenz/action-junit-report", "aws-actions/configure-aws-credentials",
        "azure/login", "google-github-actions/auth", "sigstore/cosign-installer",
    ];

    public static bool OnlyBuildsOrTests(Job job)
    {
        if (job.IsReusableWorkflowCall || job.Environment is not null || job.Steps.Count == 0
            || WritingName().IsMatch(job.Id.Text) || (job.Name is { } name && WritingName().IsMatch(name.Text))
            || job.Scalars.Any(v => ExplicitTokenUse().IsMatch(v.Text)))
        {
            return false;
        }

        var builds = false;
        foreach (var step in job.Steps)
        {
            if (step.Uses is { } uses)
            {
                if (PrivilegedActions.Any(uses.Is) || WritingName().IsMatch(uses.Target))
                {
                    return false;
                }

                builds |= uses.Target.Contains("/setup-", StringComparison.OrdinalIgnoreCase);
            }

            if (step.Run is { } run)
            {
                if (WritingCommand().IsMatch(run.Text))
                {
                    return false;
                }

                builds |= BuildCommand().IsMatch(run.Text);
            }
        }

        return builds;
    }

    [GeneratedRegex("release|deploy|publish|pages|label|comment|triage|stale|bump|sync|push|merge|backport|changelog|commit|autofix|attest|sarif|codeql|sbom", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WritingName();

    [GeneratedRegex(@"\bgit\s+(?:push|tag|commit)\b|\bgh\s+(?:release|pr|issue|api|label|workflow|run|repo|secret|variable|gist)\b|\b(?:npm|yarn|pnpm)\s+publish\b|semantic-release|changeset\s+publish|nuget\s+push|docker\s+push|twine\s+upload|cargo\s+publish|mvn\s+[^\n]*\bdeploy\b|gradlew?\s+[^\n]*\bpublish|goreleaser|api\.github\.com|GITHUB_TOKEN|GH_TOKEN", RegexOptions.CultureInvariant)]
    private static partial Regex WritingCommand();

    [GeneratedRegex(@"\b(?:test|tests|build|lint|check|compile|pytest|tox|nox|jest|vitest|mocha|go\s+vet|cargo|mvn|gradlew?|make|dotnet|npm|yarn|pnpm|bun|tsc|eslint|ruff|mypy|phpunit|rspec|rake)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BuildCommand();

    [GeneratedRegex(@"secrets\.GITHUB_TOKEN|github\.token", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ExplicitTokenUse();
}
