namespace Rampart.Core.Git;

/// <summary>A git command that failed; the message is git's own first line of stderr.</summary>
public sealed class GitException(string message) : Exception(message);
