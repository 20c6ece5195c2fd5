namespace Rampart.Pipeline.Scaffolding;

/// <summary>
/// Adds entries to a line-based ignore file (.gitignore, .dockerignore): only the lines that are
/// missing, appended as one block under a comment, so the user's own lines and order are kept.
/// </summary>
internal static class IgnoreFileMerge
{
    public static string Merge(string? existing, string header, IEnumerable<string> entries)
    {
        var present = (existing ?? string.Empty).Split('\n').Select(l => l.Trim()).ToHashSet(StringComparer.Ordinal);
        var missing = entries.Where(e => !present.Contains(e)).Distinct(StringComparer.Ordinal).ToList();
        if (missing.Count == 0)
        {
            return existing ?? string.Empty;
        }

        var block = $"{header}\n{string.Join('\n', missing)}\n";
        if (string.IsNullOrEmpty(existing))
        {
            return block;
        }

        return existing.EndsWith('\n') ? $"{existing}\n{block}" : $"{existing}\n\n{block}";
    }

    /// <summary>The entries of a template list (its data lines) and its first comment line as the block header.</summary>
    public static (string Header, IReadOnlyList<string> Entries) FromTemplate(string name) =>
        (ScaffoldTemplates.Text(name).Split('\n')[0], ScaffoldTemplates.Lines(name));
}
