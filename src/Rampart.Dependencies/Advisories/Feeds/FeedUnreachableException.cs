namespace Rampart.Dependencies.Advisories.Feeds;

/// <summary>The feed could not be downloaded (network or HTTP error); the store is unchanged.</summary>
public sealed class FeedUnreachableException(string url, string reason, Exception? inner = null)
    : Exception($"cannot reach the OSV feed ({url}): {reason}", inner)
{
    public string Url { get; } = url;

    public string Reason { get; } = reason;
}
