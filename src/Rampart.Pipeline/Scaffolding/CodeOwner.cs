using System.Text.RegularExpressions;

namespace Rampart.Pipeline.Scaffolding;

/// <summary>
/// The reviewer <c>rampart init</c> writes into CODEOWNERS: a user (<c>@alice</c>), a team
/// (<c>@acme/platform</c>) or an email address, the three forms GitHub and GitLab accept.
/// </summary>
public sealed partial record CodeOwner
{
    private CodeOwner(string name, bool fromOriginRemote)
    {
        Name = name;
        FromOriginRemote = fromOriginRemote;
    }

    /// <summary>The owner as it is written in CODEOWNERS.</summary>
    public string Name { get; }

    /// <summary>True when init took the owner from the GitHub origin remote rather than from <c>--owner</c>.</summary>
    public bool FromOriginRemote { get; }

    /// <summary>The owner <paramref name="text"/> names, or null when it is neither an @-handle nor an email address.</summary>
    public static CodeOwner? Parse(string text)
    {
        var name = text.Trim();
        return Handle().IsMatch(name) || Email().IsMatch(name) ? new CodeOwner(name, fromOriginRemote: false) : null;
    }

    /// <summary>
    /// <c>@OWNER</c> of a GitHub remote (<c>https://github.com/OWNER/REPO(.git)</c>,
    /// <c>git@github.com:OWNER/REPO(.git)</c>); null for any other host or shape.
    /// </summary>
    public static CodeOwner? FromGitHubRemote(string url) =>
        GitHubRemote().Match(url.Trim()) is { Success: true } match ? new CodeOwner("@" + match.Groups["owner"].Value, fromOriginRemote: true) : null;

    // @user or @org/team (GitLab also nests groups: @group/subgroup); no spaces or '#', which would end the entry.
    [GeneratedRegex(@"^@[A-Za-z0-9][A-Za-z0-9_.-]*(/[A-Za-z0-9][A-Za-z0-9_.-]*)*$", RegexOptions.CultureInvariant)]
    private static partial Regex Handle();

    [GeneratedRegex(@"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$", RegexOptions.CultureInvariant)]
    private static partial Regex Email();

    // A GitHub account name is letters, digits and single hyphens; credentials before the host (https://token@github.com/) are skipped.
    [GeneratedRegex(@"^(?:https://(?:[^@/\s]+@)?github\.com/|git@github\.com:|ssh://git@github\.com/)(?<owner>[A-Za-z0-9][A-Za-z0-9-]*)/[A-Za-z0-9._-]+?(?:\.git)?/?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex GitHubRemote();
}
