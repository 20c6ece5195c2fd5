namespace Rampart.Core.Scanning;

/// <summary>One in-memory text, reported under the name <see cref="FileName"/>.</summary>
internal sealed class StdinSource(byte[] content) : IFileSource
{
    public const string FileName = "stdin";

    public Task<FileInventory> ListAsync(CancellationToken cancellationToken) =>
        Task.FromResult(new FileInventory([new RepoFile(FileName, FileName, content.Length)], []));

    public Task<byte[]> ReadAsync(RepoFile file, CancellationToken cancellationToken) => Task.FromResult(content);
}
