using System.Text;
using Rampart.Core.Git;

namespace Rampart.Core.Scanning;

/// <summary>
/// What <c>git commit</c> would record: the index version of every added, copied, modified or
/// renamed file under the scan root — not the working tree, which may differ.
/// </summary>
internal sealed class StagedSource(GitRepository repository, long maxFileSize) : IFileSource
{
    public async Task<FileInventory> ListAsync(CancellationToken cancellationToken)
    {
        var output = await repository.RunAsync(["diff", "--cached", "--name-only", "-z", "--diff-filter=ACMR", "--no-renames"], cancellationToken).ConfigureAwait(false);
        var files = new List<RepoFile>();
        foreach (var topLevelPath in Encoding.UTF8.GetString(output).Split('\0', StringSplitOptions.RemoveEmptyEntries))
        {
            if (repository.ToScanPath(topLevelPath) is { } path)
            {
                // FullPath holds the index object name; ReadAsync resolves it.
                files.Add(new RepoFile(path, ":" + topLevelPath, 0));
            }
        }

        return new FileInventory([.. files.OrderBy(f => f.Path, StringComparer.Ordinal)], []);
    }

    public async Task<byte[]> ReadAsync(RepoFile file, CancellationToken cancellationToken)
    {
        var content = await repository.RunAsync(["cat-file", "blob", file.FullPath], cancellationToken).ConfigureAwait(false);
        return content.Length <= maxFileSize ? content : throw new IOException($"staged version is {content.Length} bytes, over the {maxFileSize}-byte limit");
    }
}
