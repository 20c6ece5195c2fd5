namespace Rampart.Pipeline.Scaffolding;

/// <summary>
/// Adds a fragment to an MSBuild or solution file as text, just before its closing tag, so the
/// user's formatting and comments stay as they are. A file without the closing tag is left alone.
/// </summary>
internal static class XmlFileMerge
{
    public static string InsertBeforeClosingTag(string existing, string closingTag, string fragment)
    {
        var at = existing.LastIndexOf(closingTag, StringComparison.Ordinal);
        if (at < 0)
        {
            return existing;
        }

        var lineStart = at == 0 ? 0 : existing.LastIndexOf('\n', at - 1) + 1;
        // A closing tag on its own line stays there, indentation and all, below the fragment.
        return existing[lineStart..at].Trim().Length == 0
            ? existing[..lineStart] + fragment + existing[lineStart..]
            : existing[..at] + "\n" + fragment + existing[at..];
    }
}
