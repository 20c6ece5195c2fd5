using System.CommandLine;
using System.Globalization;
using Rampart.Dependencies.Advisories;
using Rampart.Dependencies.Advisories.Feeds;
using Rampart.Dependencies.Inventory;

namespace Rampart.Cli.Commands;

/// <summary>
/// <c>rampart db import|update|status</c>: manage the local OSV advisory store the dependencies
/// detector reads. Every subcommand first seeds an empty store with the embedded snapshot, so a
/// partial import or update never leaves the other ecosystems without data.
/// </summary>
internal sealed class DbCommand
{
    // The same threshold the scan warns at (DependenciesDetector).
    private static readonly TimeSpan StaleAfter = TimeSpan.FromDays(7);

    private static readonly Ecosystem[] DefaultEcosystems = [Ecosystem.Npm, Ecosystem.NuGet, Ecosystem.PyPI];

    private readonly Argument<string> _path = new("PATH") { Description = "A folder of OSV JSON records, or an OSV all.zip" };
    private readonly Option<string[]> _ecosystems = new("--ecosystem") { Description = "OSV ecosystems to download, comma-separated (default: those in the current directory's lockfiles, else npm,NuGet,PyPI)" };
    private readonly Option<string> _feedUrl = new("--feed-url") { Description = "Base URL of the OSV feed", DefaultValueFactory = _ => OsvFeedClient.DefaultBaseUrl };
    private readonly CliEnvironment _environment;
    private readonly TimeProvider _time;
    private readonly HttpClient _http;

    public DbCommand(CliEnvironment environment, TimeProvider time, HttpClient http)
    {
        _environment = environment;
        _time = time;
        _http = http;
        Import = new Command("import", "Import a folder of OSV JSON records or an OSV all.zip into the advisory store") { _path };
        Update = new Command("update", "Download the OSV all.zip of each ecosystem (only when it changed) into the advisory store") { _ecosystems, _feedUrl };
        Status = new Command("status", "Show what the advisory store holds and how old it is");
        Command = new Command("db", "Manage the local advisory database") { Import, Update, Status };
    }

    public Command Command { get; }

    public Command Import { get; }

    public Command Update { get; }

    public Command Status { get; }

    /// <summary>The store file the dependencies detector reads (see <c>BuiltInDetectors</c>).</summary>
    public string StorePath => Path.Combine(_environment.CacheDirectory, Path.GetFileName(AdvisoryStore.DefaultPath(string.Empty)));

    public async Task<int> ImportAsync(ParseResult result, TextWriter stdout, CancellationToken cancellationToken)
    {
        var path = result.GetValue(_path)!;
        var isFolder = Directory.Exists(path);
        if (!isFolder && !File.Exists(path))
        {
            throw new UsageException($"{path}: no such file or folder");
        }

        using var store = await OpenAsync(cancellationToken).ConfigureAwait(false);
        AdvisoryImportResult imported;
        try
        {
            imported = isFolder
                ? await store.ImportFolderAsync(path, cancellationToken).ConfigureAwait(false)
                : await store.ImportZipAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidDataException e)
        {
            throw new UsageException($"{path}: not a folder or a zip archive ({e.Message})");
        }

        await stdout.WriteLineAsync($"Imported {Path.GetFullPath(path)}: {Counts(imported)}").ConfigureAwait(false);
        await WriteProblemsAsync(imported, stdout).ConfigureAwait(false);
        return 0;
    }

    public async Task<int> UpdateAsync(ParseResult result, TextWriter stdout, CancellationToken cancellationToken)
    {
        var ecosystems = EcosystemsToUpdate(result.GetValue(_ecosystems) ?? []);
        var feedUrl = result.GetValue(_feedUrl)!;
        if (!Uri.TryCreate(feedUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            throw new UsageException($"--feed-url: '{feedUrl}' is not an http(s) URL");
        }

        using var store = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var feed = new OsvFeedClient(_http, store, feedUrl);
        foreach (var ecosystem in ecosystems)
        {
            FeedUpdateResult updated;
            try
            {
                updated = await feed.UpdateAsync(ecosystem.ToOsvName(), cancellationToken).ConfigureAwait(false);
            }
            catch (FeedUnreachableException e)
            {
                throw new UsageException($"{e.Message}; the scan keeps using the advisory data it has");
            }

            if (updated.Import is not { } imported)
            {
                await stdout.WriteLineAsync($"{updated.Ecosystem}: up to date ({updated.Url})").ConfigureAwait(false);
                continue;
            }

            await stdout.WriteLineAsync($"{updated.Ecosystem}: {Counts(imported)} ({updated.Url})").ConfigureAwait(false);
            await WriteProblemsAsync(imported, stdout).ConfigureAwait(false);
        }

        return 0;
    }

    public async Task<int> StatusAsync(TextWriter stdout, CancellationToken cancellationToken)
    {
        using var store = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var status = store.Status();
        var now = _time.GetUtcNow();
        await stdout.WriteLineAsync($"Advisory store: {StorePath}").ConfigureAwait(false);
        await stdout.WriteLineAsync($"Records: {status.Records} ({status.Withdrawn} withdrawn)").ConfigureAwait(false);
        foreach (var (ecosystem, count) in status.RecordsPerEcosystem)
        {
            await stdout.WriteLineAsync($"  {ecosystem,-12} {count,7}").ConfigureAwait(false);
        }

        await stdout.WriteLineAsync("Sources:").ConfigureAwait(false);
        foreach (var source in status.Sources)
        {
            await stdout.WriteLineAsync($"  {source.Source}: {source.Records} records, imported {Stamp(source.ImportedAt)} ({Age(now - source.ImportedAt)} ago)").ConfigureAwait(false);
        }

        if (status.Age(now) is { } age)
        {
            var stale = age > StaleAfter ? $": older than {StaleAfter.Days} days, run 'rampart db update'" : string.Empty;
            await stdout.WriteLineAsync($"Age: {Age(age)} since the last import{stale}").ConfigureAwait(false);
        }

        if (status.Sources.All(s => s.Source.StartsWith(AdvisoryStore.EmbeddedSource, StringComparison.Ordinal)))
        {
            await stdout.WriteLineAsync("Only the embedded snapshot is loaded: run 'rampart db update' for current advisories.").ConfigureAwait(false);
        }

        return 0;
    }

    private async Task<AdvisoryStore> OpenAsync(CancellationToken cancellationToken)
    {
        var store = new AdvisoryStore(StorePath, _time);
        try
        {
            await store.EnsureSeededAsync(cancellationToken).ConfigureAwait(false);
            return store;
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    private static IReadOnlyList<Ecosystem> EcosystemsToUpdate(string[] values)
    {
        var names = values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        if (names.Count == 0)
        {
            var seen = LockfileEcosystems.In(Directory.GetCurrentDirectory());
            return seen.Count > 0 ? seen : DefaultEcosystems;
        }

        var known = Enum.GetValues<Ecosystem>();
        var chosen = new List<Ecosystem>();
        foreach (var name in names)
        {
            var match = known.Where(e => string.Equals(e.ToOsvName(), name, StringComparison.OrdinalIgnoreCase)).Cast<Ecosystem?>().FirstOrDefault()
                ?? throw new UsageException($"--ecosystem: unknown ecosystem '{name}' (expected one of: {string.Join(", ", known.Select(e => e.ToOsvName()))})");
            chosen.Add(match);
        }

        return [.. chosen.Distinct()];
    }

    private static string Counts(AdvisoryImportResult result) =>
        $"{result.Added} new, {result.Updated} updated, {result.Unchanged} unchanged, {result.Problems.Count} skipped";

    private static async Task WriteProblemsAsync(AdvisoryImportResult result, TextWriter stdout)
    {
        foreach (var problem in result.Problems)
        {
            await stdout.WriteLineAsync($"  {problem}").ConfigureAwait(false);
        }
    }

    private static string Stamp(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    private static string Age(TimeSpan age) =>
        age.TotalDays >= 1 ? $"{(int)age.TotalDays} day(s)"
        : age.TotalHours >= 1 ? $"{(int)age.TotalHours} hour(s)"
        : "less than an hour";
}
