using System.Globalization;
using System.Text;

namespace Rampart.Core.Git;

/// <summary>
/// Every unique blob reachable from any ref, each with the first commit and path that added it,
/// read with one <c>git log --raw</c> and one <c>git cat-file --batch</c>: each blob is read
/// exactly once however many commits and branches share it.
/// </summary>
public sealed class GitHistory(GitRepository repository)
{
    private const string BlobMode = "100644";
    private const string ExecutableMode = "100755";

    /// <summary>Blobs added or modified by any commit on any ref (oldest first), under the scan root.</summary>
    public async Task<IReadOnlyList<GitBlob>> ListBlobsAsync(CancellationToken cancellationToken)
    {
        var output = await repository.RunAsync(
            ["log", "--all", "--reverse", "--root", "--raw", "--no-abbrev", "--no-renames", "--diff-filter=AM", "-z", "--format=%x01%H%x00%an%x00%aI"],
            cancellationToken).ConfigureAwait(false);
        return ParseLog(Encoding.UTF8.GetString(output));
    }

    /// <summary>Blob ids of the HEAD tree (empty for a repository without commits).</summary>
    public async Task<IReadOnlySet<string>> HeadBlobIdsAsync(CancellationToken cancellationToken)
    {
        byte[] output;
        try
        {
            output = await repository.RunAsync(["ls-tree", "-r", "-z", "--full-tree", "HEAD"], cancellationToken).ConfigureAwait(false);
        }
        catch (GitException)
        {
            return new HashSet<string>();
        }

        return Encoding.UTF8.GetString(output)
            .Split('\0', StringSplitOptions.RemoveEmptyEntries)
            .Select(entry => entry.Split([' ', '\t'], 4))
            .Where(parts => parts.Length == 4 && parts[1] == "blob")
            .Select(parts => parts[2])
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Streams the content of each blob once, in the order given.</summary>
    public Task ReadBlobsAsync(IReadOnlyList<string> blobIds, Func<string, byte[], ValueTask> onBlob, CancellationToken cancellationToken) =>
        repository.StreamAsync(
            ["cat-file", "--batch"],
            async input =>
            {
                foreach (var id in blobIds)
                {
                    await input.WriteAsync(Encoding.ASCII.GetBytes(id + "\n"), cancellationToken).ConfigureAwait(false);
                }
            },
            async output =>
            {
                var reader = new BatchReader(output);
                for (var i = 0; i < blobIds.Count; i++)
                {
                    var (id, content) = await reader.NextAsync(cancellationToken).ConfigureAwait(false);
                    if (content is not null)
                    {
                        await onBlob(id, content).ConfigureAwait(false);
                    }
                }
            },
            cancellationToken);

    private List<GitBlob> ParseLog(string log)
    {
        var blobs = new List<GitBlob>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var tokens = log.Split('\0');
        GitCommit? commit = null;
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i].TrimStart('\n');
            if (token.StartsWith('\u0001') && i + 2 < tokens.Length)
            {
                var date = DateTimeOffset.Parse(tokens[i + 2], CultureInfo.InvariantCulture);
                commit = new GitCommit(token[1..], tokens[i + 1], date);
                i += 2;
            }
            else if (token.StartsWith(':') && commit is not null && i + 1 < tokens.Length)
            {
                // ":<old mode> <new mode> <old id> <new id> <status>" then the path.
                var fields = token.Split(' ');
                var path = repository.ToScanPath(tokens[++i]);
                var isFile = fields.Length >= 5 && fields[1] is BlobMode or ExecutableMode;
                if (isFile && path is not null && seen.Add(fields[3]))
                {
                    blobs.Add(new GitBlob(fields[3], path, commit));
                }
            }
        }

        return blobs;
    }

    /// <summary>Reads <c>git cat-file --batch</c> output: "&lt;id&gt; &lt;type&gt; &lt;size&gt;\n&lt;content&gt;\n" per object.</summary>
    private sealed class BatchReader(Stream stream)
    {
        private readonly BufferedStream _input = new(stream, 1 << 16);

        public async Task<(string Id, byte[]? Content)> NextAsync(CancellationToken cancellationToken)
        {
            var header = await ReadLineAsync(cancellationToken).ConfigureAwait(false);
            var parts = header.Split(' ');
            if (parts.Length < 3 || parts[1] == "missing")
            {
                return (parts[0], null);
            }

            var size = int.Parse(parts[2], CultureInfo.InvariantCulture);
            var content = new byte[size];
            await _input.ReadExactlyAsync(content, cancellationToken).ConfigureAwait(false);
            _input.ReadByte(); // the newline after the content
            return (parts[0], parts[1] == "blob" ? content : null);
        }

        private async Task<string> ReadLineAsync(CancellationToken cancellationToken)
        {
            var bytes = new List<byte>(64);
            var one = new byte[1];
            while (await _input.ReadAsync(one, cancellationToken).ConfigureAwait(false) == 1 && one[0] != '\n')
            {
                bytes.Add(one[0]);
            }

            return Encoding.UTF8.GetString([.. bytes]);
        }
    }
}
