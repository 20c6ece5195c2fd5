namespace Rampart.Pipeline.Ci.GitLab;

/// <summary>One entry of <c>include:</c>, in its string or mapping form.</summary>
/// <param name="Kind">Where the configuration comes from.</param>
/// <param name="Target">The path, URL, project or component as written; findings about the include point here.</param>
internal sealed record GitLabInclude(GitLabIncludeKind Kind, WorkflowValue Target)
{
    /// <summary><c>integrity:</c> of a remote include (<c>sha256-…</c>).</summary>
    public WorkflowValue? Integrity { get; init; }

    /// <summary><c>ref:</c> of a project include.</summary>
    public WorkflowValue? Ref { get; init; }

    /// <summary><c>file:</c> of a project include, one or several.</summary>
    public IReadOnlyList<WorkflowValue> Files { get; init; } = [];

    /// <summary>The version after the last <c>@</c> of a component, or null when there is none.</summary>
    public string? ComponentVersion =>
        Kind == GitLabIncludeKind.Component && Target.Text.LastIndexOf('@') is var at and >= 0 ? Target.Text[(at + 1)..].Trim() : null;
}
