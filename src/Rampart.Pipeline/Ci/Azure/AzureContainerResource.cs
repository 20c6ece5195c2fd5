namespace Rampart.Pipeline.Ci.Azure;

/// <summary>An entry of <c>resources: containers:</c>: the alias jobs use, and the image it stands for.</summary>
internal sealed record AzureContainerResource(WorkflowValue Alias, WorkflowValue Image);
