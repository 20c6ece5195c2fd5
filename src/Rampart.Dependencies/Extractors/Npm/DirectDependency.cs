namespace Rampart.Dependencies.Extractors.Npm;

/// <summary>A dependency a project (root or workspace member) declares, resolved to a locked node.</summary>
internal sealed record DirectDependency(string NodeId, bool IsDev);
