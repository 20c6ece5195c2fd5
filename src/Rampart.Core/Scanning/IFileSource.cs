namespace Rampart.Core.Scanning;

/// <summary>Lists the files of a scan and reads their bytes; the scan context reads only through it.</summary>
public interface IFileSource
{
    Task<FileInventory> ListAsync(CancellationToken cancellationToken);

    Task<byte[]> ReadAsync(RepoFile file, CancellationToken cancellationToken);
}
