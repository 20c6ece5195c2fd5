namespace Rampart.Pipeline.Workflows;

/// <summary>Where the code behind a <c>uses:</c> comes from.</summary>
internal enum ActionReferenceKind
{
    /// <summary><c>./path</c>: code in this repository, reviewed with it.</summary>
    Local,

    /// <summary><c>docker://image[:tag|@digest]</c>.</summary>
    Docker,

    /// <summary><c>owner/repo[/path]@ref</c>: an action or reusable workflow in another repository.</summary>
    Repository,
}
