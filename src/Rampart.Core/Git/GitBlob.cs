namespace Rampart.Core.Git;

/// <summary>A blob in git history with where it first appeared.</summary>
public sealed record GitBlob(string Id, string Path, GitCommit IntroducedBy);

/// <summary>A commit as findings cite it.</summary>
public sealed record GitCommit(string Id, string Author, DateTimeOffset Date);
