namespace Rampart.Dependencies.Advisories.Feeds;

/// <summary>One ecosystem's update: <see cref="Import"/> is null when the feed answered 304 (nothing new).</summary>
public sealed record FeedUpdateResult(string Ecosystem, string Url, AdvisoryImportResult? Import)
{
    public bool UpToDate => Import is null;
}
