namespace Rampart.Pipeline.Ci.GitLab.Audits;

/// <summary>
/// GitLab's predefined variables whose text is chosen by whoever pushes, tags or opens the merge
/// request. Free text can hold spaces and quotes; ref names cannot hold spaces but can hold
/// <c>$( ) ; | &amp; `</c>, so they only matter where the shell parses the text again.
/// </summary>
internal static class GitLabUntrustedVariables
{
    private static readonly Dictionary<string, (string What, bool IsFreeText)> Variables = new(StringComparer.Ordinal)
    {
        ["CI_COMMIT_MESSAGE"] = ("commit message", true),
        ["CI_COMMIT_TITLE"] = ("commit title", true),
        ["CI_COMMIT_DESCRIPTION"] = ("commit description", true),
        ["CI_COMMIT_TAG_MESSAGE"] = ("tag message", true),
        ["CI_COMMIT_AUTHOR"] = ("commit author", true),
        ["CI_MERGE_REQUEST_TITLE"] = ("merge request title", true),
        ["CI_MERGE_REQUEST_DESCRIPTION"] = ("merge request description", true),
        ["GITLAB_USER_NAME"] = ("user's display name", true),
        ["CI_COMMIT_BRANCH"] = ("branch name", false),
        ["CI_COMMIT_REF_NAME"] = ("branch or tag name", false),
        ["CI_COMMIT_TAG"] = ("tag name", false),
        ["CI_MERGE_REQUEST_SOURCE_BRANCH_NAME"] = ("source branch name", false),
        ["CI_EXTERNAL_PULL_REQUEST_SOURCE_BRANCH_NAME"] = ("pull request's branch name", false),
    };

    /// <summary>What the variable holds ("commit title") and whether it is free text; null for any other variable.</summary>
    public static (string What, bool IsFreeText)? Describe(string name) => Variables.TryGetValue(name, out var found) ? found : null;
}
