namespace Rampart.Pipeline;

/// <summary>One <c>key: value</c> of an <c>env:</c>, <c>with:</c> or <c>permissions:</c> mapping whose value is a scalar.</summary>
internal sealed record WorkflowEntry(WorkflowValue Key, WorkflowValue Value)
{
    public string Name => Key.Text;
}
