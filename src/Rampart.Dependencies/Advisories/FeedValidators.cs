namespace Rampart.Dependencies.Advisories;

/// <summary>The HTTP validators of a downloaded feed, sent back as If-None-Match / If-Modified-Since.</summary>
public sealed record FeedValidators(string? ETag, string? LastModified);
