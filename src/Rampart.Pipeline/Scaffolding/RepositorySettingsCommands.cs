namespace Rampart.Pipeline.Scaffolding;

/// <summary>
/// The settings a repository needs that no file can hold, as <c>gh api</c> commands. gh fills in
/// <c>{owner}</c> and <c>{repo}</c> from the repository the command runs in.
/// </summary>
internal static class RepositorySettingsCommands
{
    /// <summary>The check the generated workflow reports: its job id.</summary>
    public const string RequiredCheck = "build";

    public static IReadOnlyList<string> For(CiProvider ci, string branch) => ci switch
    {
        CiProvider.GitLab =>
        [
            $"In GitLab, protect {branch} (Settings > Repository > Protected branches: allowed to push: no one, code owner approval required), and set Settings > Merge requests > 'Pipelines must succeed' and one approval",
            "In GitLab, turn on secret push protection (Secure > Security configuration) where your tier offers it",
        ],
        CiProvider.Azure =>
        [
            $"In Azure Repos, add a branch policy on {branch}: require a minimum of 1 reviewer, reset votes on new pushes, and a build validation with the azure-pipelines.yml pipeline",
            "In Azure DevOps, turn on GitHub Advanced Security for Azure DevOps secret push protection where it is available",
        ],
        _ => ForGitHub(branch),
    };

    private static IReadOnlyList<string> ForGitHub(string branch) =>
    [
        // Changes reach the default branch only through a reviewed pull request whose CI passed.
        $"gh api -X PUT repos/{{owner}}/{{repo}}/branches/{branch}/protection \\\n"
            + "      -F \"required_status_checks[strict]=true\" \\\n"
            + $"      -f \"required_status_checks[contexts][]={RequiredCheck}\" \\\n"
            + "      -F \"required_pull_request_reviews[required_approving_review_count]=1\" \\\n"
            + "      -F \"required_pull_request_reviews[dismiss_stale_reviews]=true\" \\\n"
            + "      -F \"enforce_admins=true\" \\\n"
            + "      -F \"restrictions=null\"",
        // GitHub refuses a push that contains a known secret format.
        "gh api -X PATCH repos/{owner}/{repo} \\\n"
            + "      -f \"security_and_analysis[secret_scanning][status]=enabled\" \\\n"
            + "      -f \"security_and_analysis[secret_scanning_push_protection][status]=enabled\"",
        // The private channel SECURITY.md points to.
        "gh api -X PUT repos/{owner}/{repo}/private-vulnerability-reporting",
    ];
}
