namespace Rampart.Core.Scanning;

/// <summary>The files under the scan root on disk, as the walker lists them.</summary>
public sealed class WorkingTreeSource(string root, WalkOptions options) : IFileSource
{
    public Task<FileInventory> ListAsync(CancellationToken cancellationToken) => Task.FromResult(new FileWalker().Walk(root, options));

    public Task<byte[]> ReadAsync(RepoFile file, CancellationToken cancellationToken) => File.ReadAllBytesAsync(file.FullPath, cancellationToken);
}
