namespace Rampart.Pipeline.Ci.GitLab;

/// <summary>Where an <c>include:</c> entry takes its configuration from.</summary>
internal enum GitLabIncludeKind
{
    /// <summary>A file of this repository.</summary>
    Local,

    /// <summary>A URL fetched when the pipeline starts.</summary>
    Remote,

    /// <summary>A file of another GitLab project, at <c>ref:</c>.</summary>
    Project,

    /// <summary>One of GitLab's own templates.</summary>
    Template,

    /// <summary>A CI/CD catalog component, <c>host/group/project/name@version</c>.</summary>
    Component,
}
