using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Rampart.Dependencies.Registry;

/// <summary>
/// GETs registry documents with a timeout, through an on-disk cache (one file per URL under the
/// cache directory, answers younger than <see cref="MaxAge"/> reused, "not found" cached too). In
/// offline mode only the cache answers.
/// </summary>
public sealed class RegistryHttp(HttpClient client, string cacheDirectory, TimeProvider time, bool offline)
{
    public TimeSpan MaxAge { get; init; } = TimeSpan.FromHours(24);

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The body of a 200, or null for a 404 or 410.</summary>
    public async Task<string?> GetAsync(Uri url, CancellationToken cancellationToken)
    {
        var path = Path.Combine(cacheDirectory, "registry", Key(url) + ".json");
        var cached = await ReadCacheAsync(path, cancellationToken).ConfigureAwait(false);
        if (cached is not null && (offline || time.GetUtcNow() - cached.FetchedAt < MaxAge))
        {
            return cached.Found ? cached.Body : null;
        }

        if (offline)
        {
            throw new RegistryUnavailableException($"offline: no cached answer for {url}");
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        CachedAnswer answer;
        try
        {
            using var response = await client.GetAsync(url, timeout.Token).ConfigureAwait(false);
            if (response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Gone)
            {
                answer = new CachedAnswer(time.GetUtcNow(), false, null);
            }
            else if (!response.IsSuccessStatusCode)
            {
                throw new RegistryUnavailableException($"{url} answered {(int)response.StatusCode}");
            }
            else
            {
                answer = new CachedAnswer(time.GetUtcNow(), true, await response.Content.ReadAsStringAsync(timeout.Token).ConfigureAwait(false));
            }
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new RegistryUnavailableException($"{url} did not answer within {Timeout.TotalSeconds:0} s", e);
        }
        catch (HttpRequestException e)
        {
            throw new RegistryUnavailableException($"{url}: {e.Message}", e);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllTextAsync(path, JsonSerializer.Serialize(answer), cancellationToken).ConfigureAwait(false);
        return answer.Body;
    }

    /// <summary>
    /// The bytes of a package file, or null for a 404. Package files never change once published,
    /// so a cached copy is used for as long as it exists (offline too).
    /// </summary>
    public async Task<byte[]?> GetBytesAsync(Uri url, CancellationToken cancellationToken)
    {
        var path = Path.Combine(cacheDirectory, "registry", Key(url) + ".bin");
        if (File.Exists(path))
        {
            return await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        }

        if (offline)
        {
            throw new RegistryUnavailableException($"offline: no cached copy of {url}");
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout * 3);
        byte[] bytes;
        try
        {
            using var response = await client.GetAsync(url, timeout.Token).ConfigureAwait(false);
            if (response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Gone)
            {
                return null;
            }

            if (!response.IsSuccessStatusCode)
            {
                throw new RegistryUnavailableException($"{url} answered {(int)response.StatusCode}");
            }

            bytes = await response.Content.ReadAsByteArrayAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new RegistryUnavailableException($"{url} did not answer within {Timeout.TotalSeconds * 3:0} s", e);
        }
        catch (HttpRequestException e)
        {
            throw new RegistryUnavailableException($"{url}: {e.Message}", e);
        }

        // Written whole under a temporary name, so an interrupted run never leaves half a package.
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var partial = path + ".partial";
        await File.WriteAllBytesAsync(partial, bytes, cancellationToken).ConfigureAwait(false);
        File.Move(partial, path, overwrite: true);
        return bytes;
    }

    private static async Task<CachedAnswer?> ReadCacheAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<CachedAnswer>(await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false));
        }
        catch (JsonException)
        {
            // A torn write from an interrupted run: fetch again.
            return null;
        }
    }

    private static string Key(Uri url) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(url.AbsoluteUri)))[..32];

    private sealed record CachedAnswer(DateTimeOffset FetchedAt, bool Found, string? Body);
}
