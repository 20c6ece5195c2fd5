namespace Rampart.Pipeline;

/// <summary>An image a job runs in or beside: <c>container</c>, or <c>service NAME</c> for <c>services:</c>.</summary>
internal sealed record ContainerImage(string Role, WorkflowValue Image);
