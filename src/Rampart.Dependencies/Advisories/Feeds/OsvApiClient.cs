using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Rampart.Dependencies.Advisories.Feeds;

/// <summary>A package version to ask OSV about, with the ecosystem spelled as OSV spells it (npm, NuGet, PyPI).</summary>
public sealed record OsvQuery(string Ecosystem, string Name, string Version);

/// <summary>What an online refresh did: how many package versions were asked about, how many advisories OSV named, and the import.</summary>
public sealed record OsvApiRefresh(int Queried, int Named, AdvisoryImportResult Imported);

/// <summary>
/// OSV's query API for <c>scan --online</c>: <c>POST /v1/querybatch</c> (at most 1,000 queries per
/// request, following each result's <c>next_page_token</c>) names the advisories that affect each
/// package version, with their <c>modified</c> dates; <c>GET /v1/vulns/{id}</c> fetches each record
/// the store lacks or holds an older copy of. The records are imported into the local store, so the
/// same matcher, version rules and de-duplication decide the findings as for offline data.
/// </summary>
public sealed class OsvApiClient(HttpClient http, string baseUrl = OsvApiClient.DefaultBaseUrl)
{
    public const string DefaultBaseUrl = "https://api.osv.dev";

    private const int BatchLimit = 1000;

    public string Source => $"{baseUrl.TrimEnd('/')}/v1/querybatch";

    /// <exception cref="FeedUnreachableException">Network, timeout, HTTP or format error: the store keeps what it had.</exception>
    public async Task<OsvApiRefresh> RefreshAsync(IReadOnlyList<OsvQuery> queries, AdvisoryStore store, CancellationToken cancellationToken)
    {
        var named = new Dictionary<string, DateTimeOffset?>(StringComparer.Ordinal);
        foreach (var chunk in queries.Distinct().Chunk(BatchLimit))
        {
            var pending = chunk.Select(q => (Query: q, Token: (string?)null)).ToList();
            while (pending.Count > 0)
            {
                var results = await QueryBatchAsync(pending, cancellationToken).ConfigureAwait(false);
                var next = new List<(OsvQuery, string?)>();
                for (var i = 0; i < pending.Count && i < results.Count; i++)
                {
                    foreach (var (id, modified) in results[i].Vulns)
                    {
                        named[id] = modified;
                    }

                    if (results[i].NextPageToken is { Length: > 0 } token)
                    {
                        next.Add((pending[i].Query, token));
                    }
                }

                pending = next;
            }
        }

        var records = new List<(string Name, string Json)>();
        foreach (var (id, modified) in named.OrderBy(n => n.Key, StringComparer.Ordinal))
        {
            if (!store.HasCurrent(id, modified))
            {
                records.Add(($"{baseUrl.TrimEnd('/')}/v1/vulns/{id}", await GetAsync($"v1/vulns/{Uri.EscapeDataString(id)}", cancellationToken).ConfigureAwait(false)));
            }
        }

        var imported = await store.ImportRecordsAsync(Source, records, cancellationToken).ConfigureAwait(false);
        return new OsvApiRefresh(queries.Count, named.Count, imported);
    }

    private async Task<List<(List<(string Id, DateTimeOffset? Modified)> Vulns, string? NextPageToken)>> QueryBatchAsync(List<(OsvQuery Query, string? Token)> queries, CancellationToken cancellationToken)
    {
        var body = new JsonObject
        {
            ["queries"] = new JsonArray([.. queries.Select(q =>
            {
                var query = new JsonObject
                {
                    ["package"] = new JsonObject { ["name"] = q.Query.Name, ["ecosystem"] = q.Query.Ecosystem },
                    ["version"] = q.Query.Version,
                };
                if (q.Token is not null)
                {
                    query["page_token"] = q.Token;
                }

                return (JsonNode)query;
            })]),
        };
        var json = await SendAsync(HttpMethod.Post, "v1/querybatch", JsonContent.Create(body), cancellationToken).ConfigureAwait(false);
        try
        {
            using var document = JsonDocument.Parse(json);
            var results = new List<(List<(string, DateTimeOffset?)>, string?)>();
            foreach (var result in document.RootElement.GetProperty("results").EnumerateArray())
            {
                var vulns = new List<(string, DateTimeOffset?)>();
                if (result.TryGetProperty("vulns", out var list) && list.ValueKind == JsonValueKind.Array)
                {
                    foreach (var vuln in list.EnumerateArray())
                    {
                        var modified = vuln.TryGetProperty("modified", out var m) && m.TryGetDateTimeOffset(out var at) ? at : (DateTimeOffset?)null;
                        vulns.Add((vuln.GetProperty("id").GetString()!, modified));
                    }
                }

                results.Add((vulns, result.TryGetProperty("next_page_token", out var token) ? token.GetString() : null));
            }

            return results;
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new FeedUnreachableException(Source, $"the answer is not an OSV querybatch response ({e.Message})", e);
        }
    }

    private Task<string> GetAsync(string path, CancellationToken cancellationToken) => SendAsync(HttpMethod.Get, path, null, cancellationToken);

    private async Task<string> SendAsync(HttpMethod method, string path, HttpContent? content, CancellationToken cancellationToken)
    {
        var url = $"{baseUrl.TrimEnd('/')}/{path}";
        try
        {
            using var request = new HttpRequestMessage(method, url) { Content = content };
            using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                throw new FeedUnreachableException(url, $"HTTP {(int)response.StatusCode}");
            }

            return await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException e)
        {
            throw new FeedUnreachableException(url, e.Message, e);
        }
        catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new FeedUnreachableException(url, "timed out", e);
        }
    }
}
