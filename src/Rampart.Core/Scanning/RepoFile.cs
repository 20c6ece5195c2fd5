namespace Rampart.Core.Scanning;

/// <summary>A file the walker found: path relative to the scan root ('/' separated), absolute path and size.</summary>
public sealed record RepoFile(string Path, string FullPath, long Length)
{
    public string Name => System.IO.Path.GetFileName(Path);

    public string Extension => System.IO.Path.GetExtension(Path);
}
