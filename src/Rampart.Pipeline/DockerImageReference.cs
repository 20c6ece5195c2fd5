namespace Rampart.Pipeline;

/// <summary>An image reference split into name, tag and digest: <c>ghcr.io/org/app:1.2@sha256:...</c>.</summary>
internal sealed record DockerImageReference(string Name, string? Tag, string? Digest)
{
    public static DockerImageReference Parse(string reference)
    {
        var at = reference.IndexOf('@', StringComparison.Ordinal);
        var digest = at >= 0 ? reference[(at + 1)..] : null;
        var withoutDigest = at >= 0 ? reference[..at] : reference;
        // A colon before the last '/' is a registry port (localhost:5000/app), not a tag.
        var colon = withoutDigest.IndexOf(':', withoutDigest.LastIndexOf('/') + 1);
        return colon >= 0
            ? new DockerImageReference(withoutDigest[..colon], withoutDigest[(colon + 1)..], digest)
            : new DockerImageReference(withoutDigest, null, digest);
    }

    /// <summary>A digest fixes the content; any tag but <c>latest</c> at least names a version.</summary>
    public bool NamesAVersion => Digest is not null || (Tag is not null && !Tag.Equals("latest", StringComparison.OrdinalIgnoreCase));

    public override string ToString() => Name + (Tag is null ? string.Empty : ":" + Tag) + (Digest is null ? string.Empty : "@" + Digest);
}
