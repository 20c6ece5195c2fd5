namespace Rampart.Core.Scanning;

/// <summary>Where the files of a scan come from.</summary>
public enum ScanSource
{
    /// <summary>The files on disk under the root, through the walker.</summary>
    WorkingTree,

    /// <summary>The staged version of files added, copied, modified or renamed in the git index (pre-commit).</summary>
    Staged,

    /// <summary>One text piped on standard input.</summary>
    Stdin,
}
