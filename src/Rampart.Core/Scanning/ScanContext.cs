using System.Collections.Concurrent;
using Rampart.Core.Configuration;
using Rampart.Core.Git;

namespace Rampart.Core.Scanning;

/// <summary>
/// Everything a detector may know about the scan: the root, the walked files, the
/// configuration and the clock. Files are read only through <see cref="ReadTextAsync"/> and
/// <see cref="ForEachTextAsync"/>, which skip binaries and turn read errors into warnings.
/// </summary>
public sealed class ScanContext
{
    private readonly ConcurrentDictionary<string, SkippedFile> _skippedWhileReading = new(StringComparer.Ordinal);

    private readonly IFileSource _source;

    private readonly ConcurrentDictionary<string, Lazy<Task<object>>> _shared = new(StringComparer.Ordinal);

    public ScanContext(string root, FileInventory inventory, IFileSource source, RampartConfig config, TimeProvider time, int maxParallelism)
    {
        _source = source;
        Root = root;
        Inventory = inventory;
        Config = config;
        Time = time;
        MaxParallelism = Math.Max(1, maxParallelism);
    }

    /// <summary>Absolute path of the scan root.</summary>
    public string Root { get; }

    public FileInventory Inventory { get; }

    public IReadOnlyList<RepoFile> Files => Inventory.Files;

    public RampartConfig Config { get; }

    public TimeProvider Time { get; }

    public int MaxParallelism { get; }

    /// <summary>The repository the root is in; null when it is not in one or the scan is not of the working tree.</summary>
    public GitRepository? Git { get; init; }

    /// <summary>True when detectors should also read git history.</summary>
    public bool IncludeHistory { get; init; }

    public ScanWarnings Warnings { get; } = new();

    /// <summary>Files the walker listed but that turned out binary or unreadable.</summary>
    public IReadOnlyCollection<SkippedFile> SkippedWhileReading => _skippedWhileReading.Values.ToList();

    /// <summary>
    /// Work several detectors need once per scan (a language's parsed sources, shared by the route
    /// inventory and the code rules): the first caller starts it, every other caller awaits the same
    /// result, and it lives exactly as long as the scan.
    /// </summary>
    public async Task<T> SharedAsync<T>(string key, Func<Task<T>> create)
        where T : class =>
        (T)await _shared.GetOrAdd(key, _ => new Lazy<Task<object>>(async () => await create().ConfigureAwait(false))).Value.ConfigureAwait(false);

    /// <summary>Reads and decodes one file; null (with the reason recorded) for binary or unreadable files.</summary>
    public async Task<FileText?> ReadTextAsync(RepoFile file, CancellationToken cancellationToken)
    {
        byte[] bytes;
        try
        {
            bytes = await _source.ReadAsync(file, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or GitException)
        {
            _skippedWhileReading.TryAdd(file.Path, new SkippedFile(file.Path, SkipReason.Unreadable, e.Message));
            return null;
        }

        if (TextDecoding.LooksBinary(bytes))
        {
            _skippedWhileReading.TryAdd(file.Path, new SkippedFile(file.Path, SkipReason.Binary, "binary content"));
            return null;
        }

        var (text, fellBack) = TextDecoding.Decode(bytes);
        return new FileText(file, text, fellBack);
    }

    /// <summary>Reads the matching files in parallel and hands each text file to <paramref name="action"/>.</summary>
    public Task ForEachTextAsync(Func<RepoFile, bool> filter, Func<FileText, CancellationToken, ValueTask> action, CancellationToken cancellationToken)
    {
        var options = new ParallelOptions { MaxDegreeOfParallelism = MaxParallelism, CancellationToken = cancellationToken };
        return Parallel.ForEachAsync(Files.Where(filter), options, async (file, token) =>
        {
            if (await ReadTextAsync(file, token).ConfigureAwait(false) is { } text)
            {
                await action(text, token).ConfigureAwait(false);
            }
        });
    }
}
