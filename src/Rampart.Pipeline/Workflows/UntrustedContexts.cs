using System.Text.RegularExpressions;

namespace Rampart.Pipeline.Workflows;

/// <summary>
/// The <c>github</c> context fields an outsider controls: titles, bodies, branch names, commit
/// messages and author names of issues, pull requests, comments and pushes (GitHub Security
/// Lab's list). A value from here is text written by whoever opened the issue or the fork.
/// </summary>
internal static partial class UntrustedContexts
{
    /// <summary>The untrusted fields an expression reads, as written (whitespace removed), in order.</summary>
    public static IReadOnlyList<string> In(string expression) =>
        [.. Field().Matches(expression.Replace(" ", string.Empty, StringComparison.Ordinal)).Select(m => m.Value).Distinct(StringComparer.Ordinal)];

    public static bool AnyIn(string text) => Field().IsMatch(text.Replace(" ", string.Empty, StringComparison.Ordinal));

    [GeneratedRegex("""
        \bgithub\.(?:head_ref
        |event\.(?:issue|pull_request|discussion)\.(?:title|body)
        |event\.(?:comment|review|review_comment)\.body
        |event\.pages(?:\[[^\]]*\]|\.\*|\.[0-9]+)\.page_name
        |event\.(?:commits(?:\[[^\]]*\]|\.\*|\.[0-9]+)|head_commit)\.(?:message|(?:author|committer)\.(?:email|name))
        |event\.pull_request\.head\.(?:ref|label|repo\.default_branch)
        |event\.workflow_run\.(?:head_branch|display_title|head_commit\.(?:message|(?:author|committer)\.(?:email|name)))
        |event\.workflow_run\.pull_requests(?:\[[^\]]*\]|\.\*|\.[0-9]+)\.head\.ref
        )(?![A-Za-z0-9_])
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Field();
}
