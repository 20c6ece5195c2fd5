using System.Text;
using System.Text.Json;
using Rampart.Core.Configuration;
using Rampart.Core.Findings;
using Rampart.Core.Scanning;
using Rampart.Dependencies;
using Rampart.Dependencies.Advisories;
using Rampart.Dependencies.Advisories.Feeds;
using Rampart.Tests.TestSupport;

namespace Rampart.Tests.Dependencies.Advisories;

/// <summary>
/// `scan --online` against a local server answering OSV's documented querybatch and vulns endpoints:
/// advisories the store lacks are fetched and matched like local data; an unreachable API is a warning.
/// </summary>
public sealed class OsvApiClientTests : IDisposable
{
    private static readonly string Answers = Path.Combine(RepoPaths.Fixtures, "Osv", "api");

    private readonly TempTree _cache = new();
    private readonly HttpClient _http = new();
    private readonly List<JsonElement> _batches = [];
    private readonly LocalHttpServer _server;

    public OsvApiClientTests() => _server = new LocalHttpServer(AnswerAsync);

    public void Dispose()
    {
        _server.Dispose();
        _http.Dispose();
        _cache.Dispose();
    }

    /// <summary>lodash 4.17.20 → the real GHSA record, over two pages; left-pad 1.3.0 → the test-only record.</summary>
    private async Task AnswerAsync(System.Net.HttpListenerRequest request, System.Net.HttpListenerResponse response)
    {
        string body;
        if (request.HttpMethod == "POST" && request.Url!.AbsolutePath == "/v1/querybatch")
        {
            using var reader = new StreamReader(request.InputStream);
            using var query = JsonDocument.Parse(await reader.ReadToEndAsync());
            lock (_batches)
            {
                _batches.Add(query.RootElement.Clone());
            }

            var results = query.RootElement.GetProperty("queries").EnumerateArray().Select(q => (q.GetProperty("package").GetProperty("name").GetString(), q.TryGetProperty("page_token", out var t) ? t.GetString() : null) switch
            {
                ("lodash", null) => """{"vulns":[],"next_page_token":"page-2"}""",
                ("lodash", "page-2") => """{"vulns":[{"id":"GHSA-35jh-r3h4-6jhm","modified":"2022-02-08T21:35:09Z"}]}""",
                ("left-pad", _) => """{"vulns":[{"id":"TEST-2026-0001","modified":"2026-11-20T10:00:00Z"}]}""",
                _ => "{}",
            });
            body = $$"""{"results":[{{string.Join(',', results)}}]}""";
        }
        else if (request.HttpMethod == "GET" && request.Url!.AbsolutePath.StartsWith("/v1/vulns/", StringComparison.Ordinal) && File.Exists(Path.Combine(Answers, request.Url.AbsolutePath["/v1/vulns/".Length..] + ".json")))
        {
            body = await File.ReadAllTextAsync(Path.Combine(Answers, request.Url.AbsolutePath["/v1/vulns/".Length..] + ".json"));
        }
        else
        {
            response.StatusCode = 404;
            return;
        }

        var bytes = Encoding.UTF8.GetBytes(body);
        response.ContentType = "application/json";
        await response.OutputStream.WriteAsync(bytes);
    }

    private static TempTree Project() => new TempTree()
        .Write("package.json", """{ "name": "x", "dependencies": { "left-pad": "1.3.0", "lodash": "4.17.20" } }""")
        .Write("package-lock.json", """
            {
              "name": "x",
              "lockfileVersion": 3,
              "requires": true,
              "packages": {
                "": { "name": "x", "dependencies": { "left-pad": "1.3.0", "lodash": "4.17.20" } },
                "node_modules/left-pad": { "version": "1.3.0" },
                "node_modules/lodash": { "version": "4.17.20" }
              }
            }
            """);

    private Task<Rampart.Core.Reports.ScanReport> ScanAsync(string root, string apiUrl) =>
        new ScanEngine([new DependenciesDetector(_cache.PathOf("advisories.db"), null, new OsvApiClient(_http, apiUrl))], TimeProvider.System, "0.0.0-test")
            .ScanAsync(new ScanRequest(root, RampartConfig.Default) { IncludeHistory = false }, progress: null, CancellationToken.None);

    [Fact]
    public async Task Online_answers_add_advisories_the_local_data_lacks()
    {
        using var tree = Project();

        var report = await ScanAsync(tree.Root, _server.BaseUrl);

        var vulnerable = report.Findings.Where(f => f.RuleId.Value == "RMP-D001").ToDictionary(f => ((DependencyEvidence)f.Evidence!).Package, f => ((DependencyEvidence)f.Evidence!).AdvisoryIds);
        Assert.Contains("TEST-2026-0001", vulnerable["left-pad"]);
        Assert.Contains("GHSA-35jh-r3h4-6jhm", vulnerable["lodash"]);
        // Only the record the embedded snapshot lacks was downloaded; the lodash one is already current.
        Assert.Equal(["GET /v1/vulns/TEST-2026-0001"], _server.Requests.Select(r => r.Line).Where(l => l.StartsWith("GET", StringComparison.Ordinal)));
        Assert.DoesNotContain(report.Warnings, w => w.Message.Contains("--online", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Paged_results_are_followed_with_their_page_token()
    {
        using var store = new AdvisoryStore(_cache.PathOf("plain.db"));
        var client = new OsvApiClient(_http, _server.BaseUrl);

        var refresh = await client.RefreshAsync([new OsvQuery("npm", "lodash", "4.17.20"), new OsvQuery("npm", "left-pad", "1.3.0")], store, CancellationToken.None);

        Assert.Equal((2, 2, 2), (refresh.Queried, refresh.Named, refresh.Imported.Imported));
        Assert.Equal(2, _batches.Count);
        var second = Assert.Single(_batches[1].GetProperty("queries").EnumerateArray());
        Assert.Equal(("lodash", "4.17.20", "page-2"), (second.GetProperty("package").GetProperty("name").GetString(), second.GetProperty("version").GetString(), second.GetProperty("page_token").GetString()));
        Assert.Equal("npm", _batches[0].GetProperty("queries")[0].GetProperty("package").GetProperty("ecosystem").GetString());
    }

    [Fact]
    public async Task An_unreachable_api_is_one_warning_and_local_data_still_matches()
    {
        using var tree = Project();

        var report = await ScanAsync(tree.Root, $"http://127.0.0.1:{LocalHttpServer.FreePort()}");

        var warning = Assert.Single(report.Warnings, w => w.Message.StartsWith("--online: cannot reach", StringComparison.Ordinal));
        Assert.EndsWith("; matched against the local advisory data only", warning.Message);
        Assert.Contains(report.Findings, f => f.RuleId.Value == "RMP-D001" && ((DependencyEvidence)f.Evidence!).Package == "lodash");
        Assert.DoesNotContain(report.Findings, f => ((DependencyEvidence?)f.Evidence)?.Package == "left-pad");
    }

    [Fact]
    public async Task Online_and_offline_together_are_a_usage_error()
    {
        using var tree = Project();

        var run = await CliRun.RunAsync("scan", tree.Root, "--online", "--offline");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("rampart: --online cannot be combined with --offline", run.Stderr.Trim());
    }
}
