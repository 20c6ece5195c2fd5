using System.Collections.Concurrent;
using Rampart.Core.Findings;
using Rampart.Core.Git;
using Rampart.Core.Scanning;
using Rampart.Core.Scanning.Ignore;
using Rampart.Secrets.Detection;

namespace Rampart.Secrets.History;

/// <summary>
/// Scans every unique blob reachable from any ref once and reports where secrets were added,
/// so a key deleted from the code but alive in history is still found.
/// </summary>
internal sealed class HistoryScan(SecretOccurrenceFinder finder)
{
    public async Task<IReadOnlyList<SecretOccurrence>> ScanAsync(ScanContext context, GitRepository git, CancellationToken cancellationToken)
    {
        if (await git.IsShallowAsync(cancellationToken).ConfigureAwait(false))
        {
            context.Warnings.Add(new ScanWarning("the repository is a shallow clone: history before the cut-off was not scanned (git fetch --unshallow for a full scan)"));
        }

        var history = new GitHistory(git);
        IReadOnlyList<GitBlob> blobs;
        try
        {
            blobs = await history.ListBlobsAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (GitException e) when (e.Message.Contains("does not have any commits", StringComparison.Ordinal))
        {
            return [];
        }

        // Paths the configuration excludes are excluded from history too.
        var excluded = context.Config.Exclude.Select(p => PathPattern.TryParse(p, out var pattern) ? pattern : null).OfType<PathPattern>().ToList();
        blobs = [.. blobs.Where(b => !excluded.Any(p => p.Matches(b.Path)))];
        var head = await history.HeadBlobIdsAsync(cancellationToken).ConfigureAwait(false);
        var byId = blobs.ToDictionary(b => b.Id, StringComparer.Ordinal);
        var maxSize = context.Config.MaxFileSize ?? WalkOptions.DefaultMaxFileSize;
        var occurrences = new ConcurrentBag<SecretOccurrence>();
        var work = new BlockingCollection<(GitBlob Blob, byte[] Content)>(boundedCapacity: 256);
        var scanners = Enumerable.Range(0, context.MaxParallelism).Select(_ => Task.Run(() =>
        {
            foreach (var (blob, content) in work.GetConsumingEnumerable(cancellationToken))
            {
                Scan(blob, content, head.Contains(blob.Id), occurrences);
            }
        }, cancellationToken)).ToList();

        try
        {
            await history.ReadBlobsAsync([.. blobs.Select(b => b.Id)], (id, content) =>
            {
                if (content.Length <= maxSize && !TextDecoding.LooksBinary(content))
                {
                    work.Add((byId[id], content), cancellationToken);
                }

                return ValueTask.CompletedTask;
            }, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            work.CompleteAdding();
        }

        await Task.WhenAll(scanners).ConfigureAwait(false);
        return [.. occurrences];
    }

    private void Scan(GitBlob blob, byte[] content, bool inHead, ConcurrentBag<SecretOccurrence> occurrences)
    {
        var (text, _) = TextDecoding.Decode(content);
        var file = new FileText(new RepoFile(blob.Path, blob.Path, content.Length), text);
        foreach (var occurrence in finder.Find(file))
        {
            occurrences.Add(occurrence with
            {
                Location = occurrence.Location with { Revision = blob.IntroducedBy.Id },
                Blob = blob,
                InHead = inHead,
            });
        }
    }
}
