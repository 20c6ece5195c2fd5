using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Rampart.Cli;
using Rampart.Dependencies.Advisories;
using Rampart.Tests.TestSupport;

namespace Rampart.Tests.Cli;

/// <summary>
/// <c>rampart db import|update|status</c> and <c>scan --allow-incomplete</c>, in-process, each test
/// with its own advisory store. <c>db update</c> downloads a real-format all.zip from 127.0.0.1.
/// </summary>
public sealed class DbCommandTests
{
    private const string FeedETag = "\"feed-v1\"";

    // The embedded snapshot already holds these records: a later `modified` makes them updates.
    private const string NewerModified = "2030-01-01T00:00:00Z";

    private static Task<CliRun> RunAsync(TempTree cache, params string[] args) => RunAsync(cache, TimeProvider.System, args);

    private static async Task<CliRun> RunAsync(TempTree cache, TimeProvider time, params string[] args)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        var environment = CliEnvironment.Redirected with { CacheDirectory = cache.Root };
        var cli = new Rampart.Cli.Cli(BuiltInDetectors.Create(cache.Root), environment, time) { Http = http };
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await cli.RunAsync(args, stdout, stderr, CancellationToken.None);
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Real npm-only OSV records from the shared data, as (file name, JSON) with a newer <c>modified</c>.</summary>
    private static List<(string Name, string Json)> NpmRecords(int count) =>
        [.. Directory.EnumerateFiles(Path.Combine(RepoPaths.Shared, "advisories", "ghsa"), "*.json").Order(StringComparer.Ordinal)
            .Select(f => (Name: Path.GetFileName(f), Node: JsonNode.Parse(File.ReadAllText(f))!))
            .Where(r => r.Node["affected"]!.AsArray().All(a => (string?)a!["package"]!["ecosystem"] == "npm"))
            .Take(count)
            .Select(r =>
            {
                r.Node["modified"] = NewerModified;
                return (r.Name, r.Node.ToJsonString());
            })];

    private static byte[] AllZip(IEnumerable<(string Name, string Json)> records)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, json) in records)
            {
                using var entry = new StreamWriter(zip.CreateEntry(name).Open(), Encoding.UTF8);
                entry.Write(json);
            }
        }

        return buffer.ToArray();
    }

    /// <summary>The OSV bucket's behaviour: all.zip per ecosystem with an ETag, 304 when the client already has it.</summary>
    private static LocalHttpServer OsvFeed(byte[] allZip) => new(async (request, response) =>
    {
        if (request.Url!.AbsolutePath != "/npm/all.zip")
        {
            response.StatusCode = (int)HttpStatusCode.NotFound;
            return;
        }

        response.Headers["ETag"] = FeedETag;
        response.Headers["Last-Modified"] = "Sat, 28 Nov 2026 10:00:00 GMT";
        if (request.Headers["If-None-Match"] == FeedETag)
        {
            response.StatusCode = (int)HttpStatusCode.NotModified;
            return;
        }

        response.ContentType = "application/zip";
        response.ContentLength64 = allZip.Length;
        await response.OutputStream.WriteAsync(allZip);
    });

    [Fact]
    public async Task Import_of_a_folder_counts_new_updated_unchanged_and_skipped_records()
    {
        using var cache = new TempTree();
        var records = NpmRecords(2);
        using var feed = new TempTree()
            .Write(records[0].Name, records[0].Json)
            .Write(records[1].Name, records[1].Json)
            .Write("RAMPART-TEST-1.json", records[0].Json.Replace(Path.GetFileNameWithoutExtension(records[0].Name), "RAMPART-TEST-1", StringComparison.Ordinal))
            .Write("broken.json", "{ not json");

        var first = await RunAsync(cache, "db", "import", feed.Root);
        var second = await RunAsync(cache, "db", "import", feed.Root);

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Contains(": 1 new, 2 updated, 0 unchanged, 1 skipped", first.Stdout);
        Assert.Contains("broken.json: skipped, not valid JSON", first.Stdout);
        Assert.Contains(": 0 new, 0 updated, 3 unchanged, 1 skipped", second.Stdout);
    }

    [Fact]
    public async Task Import_of_an_all_zip_is_listed_by_status_as_a_source()
    {
        using var cache = new TempTree();
        using var download = new TempTree().WriteBytes("all.zip", AllZip(NpmRecords(3)));

        var imported = await RunAsync(cache, "db", "import", download.PathOf("all.zip"));
        var status = await RunAsync(cache, "db", "status");

        Assert.True(imported.ExitCode == 0, imported.ToString());
        Assert.Contains(": 0 new, 3 updated, 0 unchanged, 0 skipped", imported.Stdout);
        Assert.Equal(0, status.ExitCode);
        Assert.Contains($"{download.PathOf("all.zip")}: 3 records, imported ", status.Stdout);
        Assert.DoesNotContain("Only the embedded snapshot", status.Stdout);
    }

    [Fact]
    public async Task Import_of_a_missing_path_exits_2_with_one_line()
    {
        using var cache = new TempTree();

        var run = await RunAsync(cache, "db", "import", cache.PathOf("nope"));

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"rampart: {cache.PathOf("nope")}: no such file or folder{Environment.NewLine}", run.Stderr);
    }

    [Fact]
    public async Task Status_of_a_fresh_store_counts_each_ecosystem_and_says_it_is_only_the_embedded_snapshot()
    {
        using var cache = new TempTree();

        var run = await RunAsync(cache, "db", "status");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Matches(@"(?m)^  npm +\d+$", run.Stdout);
        Assert.Matches(@"(?m)^  NuGet +\d+$", run.Stdout);
        Assert.Matches(@"(?m)^  PyPI +\d+$", run.Stdout);
        Assert.Contains($"  {AdvisoryStore.EmbeddedSource} ", run.Stdout);
        Assert.Contains("Age: less than an hour since the last import", run.Stdout);
        Assert.Contains("Only the embedded snapshot is loaded", run.Stdout);
    }

    [Fact]
    public async Task Status_says_when_the_data_is_older_than_7_days()
    {
        using var cache = new TempTree();
        var seededAt = new DateTimeOffset(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);

        await RunAsync(cache, new FixedTime(seededAt), "db", "status");
        var run = await RunAsync(cache, new FixedTime(seededAt.AddDays(10)), "db", "status");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("imported 2026-11-01 12:00 UTC (10 day(s) ago)", run.Stdout);
        Assert.Contains("Age: 10 day(s) since the last import: older than 7 days, run 'rampart db update'", run.Stdout);
    }

    [Fact]
    public async Task Update_imports_the_feed_then_a_second_update_is_answered_304_and_imports_nothing()
    {
        using var cache = new TempTree();
        using var server = OsvFeed(AllZip(NpmRecords(3)));

        var updatedAt = new DateTimeOffset(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);
        var first = await RunAsync(cache, new FixedTime(updatedAt), "db", "update", "--ecosystem", "npm", "--feed-url", server.BaseUrl);
        var second = await RunAsync(cache, new FixedTime(updatedAt.AddDays(10)), "db", "update", "--ecosystem", "npm", "--feed-url", server.BaseUrl);
        var status = await RunAsync(cache, new FixedTime(updatedAt.AddDays(10)), "db", "status");

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Equal($"npm: 0 new, 3 updated, 0 unchanged, 0 skipped ({server.BaseUrl}/npm/all.zip){Environment.NewLine}", first.Stdout);
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Equal($"npm: up to date ({server.BaseUrl}/npm/all.zip){Environment.NewLine}", second.Stdout);
        var requests = server.Requests.ToList();
        Assert.Equal(["GET /npm/all.zip", "GET /npm/all.zip"], requests.Select(r => r.Line));
        Assert.Null(requests[0].IfNoneMatch);
        Assert.Equal(FeedETag, requests[1].IfNoneMatch);
        Assert.Equal("Sat, 28 Nov 2026 10:00:00 GMT", requests[1].IfModifiedSince);

        // The 304 confirmed the data is current: its age restarts.
        Assert.Contains($"{server.BaseUrl}/npm/all.zip: 3 records, imported 2026-11-11 12:00 UTC", status.Stdout);
    }

    [Fact]
    public async Task A_feed_url_with_a_credential_is_never_echoed()
    {
        using var cache = new TempTree();
        var port = LocalHttpServer.FreePort();

        var run = await RunAsync(cache, "db", "update", "--ecosystem", "npm", "--feed-url", $"http://mirror:s3cretT0ken@127.0.0.1:{port}");

        Assert.Equal(2, run.ExitCode);
        Assert.DoesNotContain("s3cretT0ken", run.Stderr);
        Assert.Contains("://***@127.0.0.1", run.Stderr);
    }

    [Fact]
    public async Task Update_from_an_unreachable_feed_exits_2_with_one_line_and_leaves_the_store_usable()
    {
        using var cache = new TempTree();
        var url = $"http://127.0.0.1:{LocalHttpServer.FreePort()}";

        var run = await RunAsync(cache, "db", "update", "--ecosystem", "NuGet", "--feed-url", url);
        var status = await RunAsync(cache, "db", "status");

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Stdout);
        var line = Assert.Single(run.Stderr.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"rampart: cannot reach the OSV feed ({url}/NuGet/all.zip): ", line);
        Assert.EndsWith("; the scan keeps using the advisory data it has", line);
        Assert.Equal(0, status.ExitCode);
        Assert.Matches(@"(?m)^  NuGet +\d+$", status.Stdout);
    }

    [Fact]
    public async Task Update_of_a_feed_that_answers_with_an_http_error_exits_2_with_the_status()
    {
        using var cache = new TempTree();
        using var server = OsvFeed(AllZip(NpmRecords(1)));

        var run = await RunAsync(cache, "db", "update", "--ecosystem", "pypi", "--feed-url", server.BaseUrl);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"rampart: cannot reach the OSV feed ({server.BaseUrl}/PyPI/all.zip): HTTP 404 Not Found; the scan keeps using the advisory data it has{Environment.NewLine}", run.Stderr);
    }

    [Fact]
    public async Task Update_of_a_download_that_is_not_a_zip_exits_2_and_remembers_no_etag()
    {
        using var cache = new TempTree();
        using var server = OsvFeed(Encoding.UTF8.GetBytes("<html>captive portal</html>"));

        var first = await RunAsync(cache, "db", "update", "--ecosystem", "npm", "--feed-url", server.BaseUrl);
        await RunAsync(cache, "db", "update", "--ecosystem", "npm", "--feed-url", server.BaseUrl);

        Assert.Equal(2, first.ExitCode);
        Assert.StartsWith($"rampart: cannot reach the OSV feed ({server.BaseUrl}/npm/all.zip): the download is not a valid zip", first.Stderr);
        Assert.All(server.Requests, r => Assert.Null(r.IfNoneMatch));
    }

    [Fact]
    public async Task Import_of_a_file_that_is_not_a_zip_exits_2()
    {
        using var cache = new TempTree().Write("notes.txt", "hello\n");

        var run = await RunAsync(cache, "db", "import", cache.PathOf("notes.txt"));

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"rampart: {cache.PathOf("notes.txt")}: not a folder or a zip archive", run.Stderr);
    }

    [Fact]
    public async Task Update_with_an_unknown_ecosystem_exits_2()
    {
        using var cache = new TempTree();

        var run = await RunAsync(cache, "db", "update", "--ecosystem", "npm,cobol");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("rampart: --ecosystem: unknown ecosystem 'cobol'", run.Stderr);
    }

    [Fact]
    public async Task Allow_incomplete_keeps_an_ecosystem_without_advisory_data_from_exiting_3()
    {
        using var cache = new TempTree();
        using var npmOnly = new TempTree();
        foreach (var (name, json) in NpmRecords(2))
        {
            npmOnly.Write(name, json);
        }

        // A store with imported data is never seeded, so it has no PyPI records at all.
        using (var store = new AdvisoryStore(Path.Combine(cache.Root, "advisories.db")))
        {
            await store.ImportFolderAsync(npmOnly.Root);
        }

        using var project = new TempTree().Write("requirements.txt", "requests==2.31.0\n");

        var strict = await RunAsync(cache, "scan", project.Root, "--only", "dependencies");
        var allowed = await RunAsync(cache, "scan", project.Root, "--only", "dependencies", "--allow-incomplete");

        Assert.True(strict.ExitCode == 3, strict.ToString());
        Assert.True(allowed.ExitCode == 0, allowed.ToString());
        Assert.Contains("no advisory data for PyPI", allowed.Stdout);
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
