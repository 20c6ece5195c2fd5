using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;

namespace Rampart.Dependencies.Advisories.Feeds;

/// <summary>
/// Downloads the OSV per-ecosystem <c>all.zip</c> into the store, with a conditional request so an
/// unchanged feed costs one round trip. The caller owns the <see cref="HttpClient"/> (and its timeout).
/// </summary>
public sealed class OsvFeedClient(HttpClient http, AdvisoryStore store, string baseUrl = OsvFeedClient.DefaultBaseUrl)
{
    public const string DefaultBaseUrl = "https://osv-vulnerabilities.storage.googleapis.com";

    public string UrlFor(string ecosystem) => $"{baseUrl.TrimEnd('/')}/{Uri.EscapeDataString(ecosystem)}/all.zip";

    /// <exception cref="FeedUnreachableException">DNS, connection, timeout or HTTP error: nothing was imported.</exception>
    public async Task<FeedUpdateResult> UpdateAsync(string ecosystem, CancellationToken cancellationToken)
    {
        var url = UrlFor(ecosystem);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        var known = store.FeedValidatorsFor(url);
        if (known?.ETag is { } etag && EntityTagHeaderValue.TryParse(etag, out var tag))
        {
            request.Headers.IfNoneMatch.Add(tag);
        }

        if (known?.LastModified is { } lastModified && DateTimeOffset.TryParseExact(lastModified, "R", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var since))
        {
            request.Headers.IfModifiedSince = since;
        }

        // An ecosystem's all.zip can be hundreds of megabytes: spool it to disk, not memory.
        await using var download = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        if (await DownloadAsync(request, download, cancellationToken).ConfigureAwait(false) is not { } validators)
        {
            // Nothing new upstream: the data is as current as the feed, so its age starts again.
            store.MarkCurrent(url);
            return new FeedUpdateResult(ecosystem, url, null);
        }

        download.Position = 0;
        AdvisoryImportResult result;
        try
        {
            result = await store.ImportZipAsync(download, url, cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidDataException e)
        {
            throw new FeedUnreachableException(url, $"the download is not a valid zip ({e.Message})", e);
        }

        store.RememberFeedValidators(url, validators);
        return new FeedUpdateResult(ecosystem, url, result);
    }

    /// <summary>Writes the body to <paramref name="download"/> and returns the response's validators, or null for 304 Not Modified.</summary>
    private async Task<FeedValidators?> DownloadAsync(HttpRequestMessage request, Stream download, CancellationToken cancellationToken)
    {
        var url = request.RequestUri!.ToString();
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            if (response.StatusCode == HttpStatusCode.NotModified)
            {
                return null;
            }

            if (!response.IsSuccessStatusCode)
            {
                throw new FeedUnreachableException(url, $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}");
            }

            await response.Content.CopyToAsync(download, cancellationToken).ConfigureAwait(false);
            return new FeedValidators(response.Headers.ETag?.ToString(), response.Content.Headers.LastModified?.ToString("R", CultureInfo.InvariantCulture));
        }
        catch (HttpRequestException e)
        {
            throw new FeedUnreachableException(url, Reason(e), e);
        }
        catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new FeedUnreachableException(url, $"no answer within {http.Timeout.TotalSeconds:0} s", e);
        }
        catch (IOException e)
        {
            throw new FeedUnreachableException(url, e.Message, e);
        }
    }

    /// <summary>The innermost socket error says it best ("Connection refused", "Name or service not known").</summary>
    private static string Reason(HttpRequestException e)
    {
        for (Exception? inner = e; inner is not null; inner = inner.InnerException)
        {
            if (inner is SocketException socket)
            {
                return socket.Message;
            }
        }

        return e.Message;
    }
}
