namespace Rampart.Pipeline.Workflows;

/// <summary>
/// A <c>permissions:</c> block of a workflow or job: either a shorthand (<c>read-all</c>,
/// <c>write-all</c>, or <c>{}</c> for none) or one level per scope.
/// </summary>
internal sealed record WorkflowPermissions(WorkflowValue Key, WorkflowValue? Shorthand, IReadOnlyList<WorkflowEntry> Scopes)
{
    public bool IsWriteAll => Shorthand?.TextEquals("write-all") == true;

    public IEnumerable<WorkflowEntry> WriteScopes => Scopes.Where(s => s.Value.TextEquals("write"));
}
