using System.Text.RegularExpressions;

namespace Rampart.Pipeline.Ci;

/// <summary>
/// Whether a CI image reference can change under the pipeline: no tag, or <c>:latest</c>, and no
/// digest. A variable that may carry the tag (<c>node:$NODE_VERSION</c>, <c>$BUILD_IMAGE</c>,
/// <c>$(image)</c>, <c>${{ parameters.image }}</c>) leaves it undecided, so it is not reported.
/// </summary>
internal static partial class UnpinnedImage
{
    /// <summary>"has no tag" or "uses :latest"; null when the reference names a version or cannot be judged.</summary>
    public static string? Problem(string reference)
    {
        var trimmed = reference.Trim();
        var lastSegment = trimmed[(trimmed.LastIndexOf('/') + 1)..];
        if (trimmed.Length == 0 || Variable().IsMatch(lastSegment))
        {
            return null;
        }

        var image = DockerImageReference.Parse(trimmed);
        return image.NamesAVersion ? null : image.Tag is null ? "has no tag" : "uses :latest";
    }

    /// <summary>Shell (<c>$X</c>, <c>${X}</c>), Azure macro (<c>$(X)</c>), runtime (<c>$[ ]</c>) and template (<c>${{ }}</c>) references.</summary>
    [GeneratedRegex(@"\$[\w{(\[]", RegexOptions.CultureInvariant)]
    private static partial Regex Variable();
}
