using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using Rampart.Dependencies.Inventory;

namespace Rampart.Dependencies.Advisories;

/// <summary>
/// The local advisory database: OSV records in one SQLite file, indexed by (ecosystem, normalised
/// package name). The caller chooses the path (the CLI uses the user cache directory). Imports
/// upsert by id, keeping the newer <c>modified</c>, one transaction per batch.
/// </summary>
public sealed class AdvisoryStore : IDisposable
{
    /// <summary>How <see cref="AdvisorySource.Source"/> names an embedded snapshot (followed by its content hash).</summary>
    public const string EmbeddedSource = "embedded snapshot";

    private const string SnapshotResource = "advisories/snapshot.zip";
    private const int BatchSize = 500;

    private readonly SqliteConnection connection;
    private readonly TimeProvider time;

    // Records parsed by Query, so a scan with many packages parses each record once; imports clear it.
    private readonly Dictionary<string, OsvRecord> parsed = new(StringComparer.Ordinal);

    public AdvisoryStore(string path, TimeProvider? time = null)
    {
        this.time = time ?? TimeProvider.System;
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        // No pooling: the file is released on Dispose, so it can be replaced or deleted.
        connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        Execute("""
            PRAGMA journal_mode = WAL;
            CREATE TABLE IF NOT EXISTS records (id TEXT PRIMARY KEY, modified TEXT NOT NULL, withdrawn TEXT, json TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS affected (ecosystem TEXT NOT NULL, name TEXT NOT NULL, record_id TEXT NOT NULL,
                PRIMARY KEY (ecosystem, name, record_id));
            CREATE INDEX IF NOT EXISTS affected_by_record ON affected (record_id);
            CREATE TABLE IF NOT EXISTS metadata (source TEXT PRIMARY KEY, imported_at TEXT NOT NULL, records INTEGER NOT NULL);
            CREATE TABLE IF NOT EXISTS feeds (url TEXT PRIMARY KEY, etag TEXT, last_modified TEXT);
            """);
    }

    public Task<AdvisoryImportResult> ImportFolderAsync(string path, CancellationToken cancellationToken = default) =>
        ImportAsync(Path.GetFullPath(path), OsvDocuments.FromFolderAsync(path, cancellationToken), cancellationToken);

    public async Task<AdvisoryImportResult> ImportZipAsync(string path, CancellationToken cancellationToken = default)
    {
        await using var zip = File.OpenRead(path);
        return await ImportZipAsync(zip, Path.GetFullPath(path), cancellationToken).ConfigureAwait(false);
    }

    public Task<AdvisoryImportResult> ImportZipAsync(Stream zip, string source, CancellationToken cancellationToken = default) =>
        ImportAsync(source, OsvDocuments.FromZipAsync(zip, cancellationToken), cancellationToken);

    /// <summary>Where the CLI keeps the store: <c>&lt;LocalApplicationData&gt;/rampart/advisories.db</c>.</summary>
    public static string DefaultPath(string localApplicationData) => Path.Combine(localApplicationData, "rampart", "advisories.db");

    /// <summary>
    /// Loads the snapshot embedded in this assembly into an empty store, so a fresh install works
    /// offline, or into a store that only holds an older embedded snapshot (after an upgrade).
    /// A store with data imported or updated from a feed is left alone. Returns null when nothing was loaded.
    /// </summary>
    public async Task<AdvisoryImportResult?> EnsureSeededAsync(CancellationToken cancellationToken = default)
    {
        await using var snapshot = typeof(AdvisoryStore).Assembly.GetManifestResourceStream(SnapshotResource)
            ?? throw new InvalidOperationException($"the embedded resource {SnapshotResource} is missing from the build");
        var hash = Convert.ToHexStringLower(await SHA256.HashDataAsync(snapshot, cancellationToken).ConfigureAwait(false));
        var source = $"{EmbeddedSource} {hash[..12]}";
        var sources = Status().Sources;
        if (Scalar("SELECT COUNT(*) FROM records") > 0
            && (sources.Any(s => s.Source == source) || sources.Any(s => !s.Source.StartsWith(EmbeddedSource, StringComparison.Ordinal))))
        {
            // A store seeded by an older build may still list that build's snapshot next to this one.
            if (sources.Any(s => s.Source == source))
            {
                using var stale = connection.CreateCommand();
                stale.CommandText = $"DELETE FROM metadata WHERE source LIKE '{EmbeddedSource}%' AND source <> $current";
                stale.Parameters.AddWithValue("$current", source);
                stale.ExecuteNonQuery();
            }

            return null;
        }

        // A newer embedded snapshot supersedes the older ones: they no longer describe the store.
        Execute($"DELETE FROM metadata WHERE source LIKE '{EmbeddedSource}%'");
        snapshot.Position = 0;
        return await ImportZipAsync(snapshot, source, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The records (withdrawn ones included) that list <paramref name="name"/> in <paramref name="ecosystem"/>.</summary>
    public IReadOnlyList<OsvRecord> Query(Ecosystem ecosystem, string name) => Query(ecosystem.ToOsvName(), name);

    public IReadOnlyList<OsvRecord> Query(string ecosystem, string name)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT r.id, r.json FROM affected a JOIN records r ON r.id = a.record_id
            WHERE a.ecosystem = $ecosystem AND a.name = $name ORDER BY r.id
            """;
        command.Parameters.AddWithValue("$ecosystem", ecosystem);
        command.Parameters.AddWithValue("$name", PackageNames.Normalize(ecosystem, name));
        var records = new List<OsvRecord>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var id = reader.GetString(0);
            if (parsed.TryGetValue(id, out var known))
            {
                records.Add(known);
                continue;
            }

            // Stored records were parsed on import; a failure here means the file was edited by hand.
            if (OsvParser.TryParse(reader.GetString(1), id, out var record, out _))
            {
                parsed[id] = record!;
                records.Add(record!);
            }
        }

        return records;
    }

    public AdvisoryStoreStatus Status()
    {
        var perEcosystem = new SortedDictionary<string, int>(StringComparer.Ordinal);
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT ecosystem, COUNT(DISTINCT record_id) FROM affected GROUP BY ecosystem";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                perEcosystem[reader.GetString(0)] = reader.GetInt32(1);
            }
        }

        var sources = new List<AdvisorySource>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT source, imported_at, records FROM metadata ORDER BY imported_at";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var importedAt = DateTimeOffset.Parse(reader.GetString(1), CultureInfo.InvariantCulture);
                sources.Add(new AdvisorySource(reader.GetString(0), importedAt, reader.GetInt32(2)));
            }
        }

        using var newest = connection.CreateCommand();
        newest.CommandText = "SELECT modified FROM records";
        DateTimeOffset? newestRecord = null;
        using (var reader = newest.ExecuteReader())
        {
            while (reader.Read())
            {
                // Parsed, not compared as text: sources write offsets differently.
                if (DateTimeOffset.TryParse(reader.GetString(0), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var modified) && (newestRecord is null || modified > newestRecord))
                {
                    newestRecord = modified;
                }
            }
        }

        return new AdvisoryStoreStatus(
            (int)Scalar("SELECT COUNT(*) FROM records"),
            (int)Scalar("SELECT COUNT(*) FROM records WHERE withdrawn IS NOT NULL"),
            perEcosystem,
            sources) { NewestRecord = newestRecord };
    }

    /// <summary>The validators (ETag, Last-Modified) of the last download from <paramref name="url"/>, for a conditional request.</summary>
    public FeedValidators? FeedValidatorsFor(string url)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT etag, last_modified FROM feeds WHERE url = $url";
        command.Parameters.AddWithValue("$url", url);
        using var reader = command.ExecuteReader();
        return reader.Read()
            ? new FeedValidators(reader.IsDBNull(0) ? null : reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1))
            : null;
    }

    public void RememberFeedValidators(string url, FeedValidators validators)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "INSERT OR REPLACE INTO feeds (url, etag, last_modified) VALUES ($url, $etag, $modified)";
        command.Parameters.AddWithValue("$url", url);
        command.Parameters.AddWithValue("$etag", (object?)validators.ETag ?? DBNull.Value);
        command.Parameters.AddWithValue("$modified", (object?)validators.LastModified ?? DBNull.Value);
        command.ExecuteNonQuery();
    }

    /// <summary>Records that <paramref name="source"/> was found unchanged now (a feed that answered 304), so its age restarts.</summary>
    public void MarkCurrent(string source)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "UPDATE metadata SET imported_at = $at WHERE source = $source";
        command.Parameters.AddWithValue("$source", source);
        command.Parameters.AddWithValue("$at", time.GetUtcNow().ToString("o", CultureInfo.InvariantCulture));
        command.ExecuteNonQuery();
    }

    public void Dispose() => connection.Dispose();

    private async Task<AdvisoryImportResult> ImportAsync(string source, IAsyncEnumerable<OsvDocument> documents, CancellationToken cancellationToken)
    {
        parsed.Clear();
        var problems = new List<string>();
        int imported = 0, unchanged = 0, updated = 0;
        var batch = new List<(OsvRecord Record, string Json)>(BatchSize);
        await foreach (var document in documents.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (!OsvParser.TryParse(document.Json, document.Source, out var record, out var problem))
            {
                problems.Add(problem!);
                continue;
            }

            batch.Add((record!, document.Json));
            if (batch.Count == BatchSize)
            {
                imported += WriteBatch(batch, ref unchanged, ref updated);
                batch.Clear();
            }
        }

        imported += WriteBatch(batch, ref unchanged, ref updated);
        using var command = connection.CreateCommand();
        command.CommandText = "INSERT OR REPLACE INTO metadata (source, imported_at, records) VALUES ($source, $at, $records)";
        command.Parameters.AddWithValue("$source", source);
        command.Parameters.AddWithValue("$at", time.GetUtcNow().ToString("o", CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$records", imported + unchanged);
        command.ExecuteNonQuery();
        return new AdvisoryImportResult(imported, unchanged, problems) { Updated = updated };
    }

    private int WriteBatch(List<(OsvRecord Record, string Json)> batch, ref int unchanged, ref int updated)
    {
        if (batch.Count == 0)
        {
            return 0;
        }

        using var transaction = connection.BeginTransaction();
        var written = 0;
        foreach (var (record, json) in batch)
        {
            var modified = Stamp(record.Modified);
            var stored = StoredModified(record.Id, transaction);
            if (stored is not null && string.CompareOrdinal(stored, modified) >= 0)
            {
                unchanged++;
                continue;
            }

            updated += stored is null ? 0 : 1;

            Write(record, json, modified, transaction);
            written++;
        }

        transaction.Commit();
        return written;
    }

    /// <summary>True when the store holds the record with this <c>modified</c> date or a newer one.</summary>
    public bool HasCurrent(string id, DateTimeOffset? modified)
    {
        var stored = StoredModified(id, null);
        return stored is not null && (modified is null || string.CompareOrdinal(stored, Stamp(modified)) >= 0);
    }

    /// <summary>Imports OSV records fetched one by one (the OSV API), recorded under <paramref name="source"/>.</summary>
    public Task<AdvisoryImportResult> ImportRecordsAsync(string source, IReadOnlyList<(string Name, string Json)> records, CancellationToken cancellationToken = default) =>
        ImportAsync(source, AsAsync(records.Select(r => new OsvDocument(r.Name, r.Json))), cancellationToken);

    private static async IAsyncEnumerable<OsvDocument> AsAsync(IEnumerable<OsvDocument> documents)
    {
        foreach (var document in documents)
        {
            yield return document;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }

    private string? StoredModified(string id, SqliteTransaction? transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT modified FROM records WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        return command.ExecuteScalar() as string;
    }

    private void Write(OsvRecord record, string json, string modified, SqliteTransaction transaction)
    {
        using var upsert = connection.CreateCommand();
        upsert.Transaction = transaction;
        upsert.CommandText = """
            INSERT OR REPLACE INTO records (id, modified, withdrawn, json) VALUES ($id, $modified, $withdrawn, $json);
            DELETE FROM affected WHERE record_id = $id;
            """;
        upsert.Parameters.AddWithValue("$id", record.Id);
        upsert.Parameters.AddWithValue("$modified", modified);
        upsert.Parameters.AddWithValue("$withdrawn", record.Withdrawn is { } withdrawn ? Stamp(withdrawn) : DBNull.Value);
        upsert.Parameters.AddWithValue("$json", json);
        upsert.ExecuteNonQuery();

        using var index = connection.CreateCommand();
        index.Transaction = transaction;
        index.CommandText = "INSERT OR IGNORE INTO affected (ecosystem, name, record_id) VALUES ($ecosystem, $name, $id)";
        var ecosystem = index.Parameters.Add("$ecosystem", SqliteType.Text);
        var name = index.Parameters.Add("$name", SqliteType.Text);
        index.Parameters.AddWithValue("$id", record.Id);
        foreach (var affected in record.Affected)
        {
            ecosystem.Value = affected.Package.Ecosystem;
            name.Value = PackageNames.Normalize(affected.Package.Ecosystem, affected.Package.Name);
            index.ExecuteNonQuery();
        }
    }

    /// <summary>UTC, fixed width: stored dates then compare correctly as strings.</summary>
    private static string Stamp(DateTimeOffset? date) =>
        (date ?? DateTimeOffset.MinValue).UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);

    private long Scalar(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private void Execute(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
