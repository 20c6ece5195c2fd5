using Rampart.Core.Scanning;

namespace Rampart.Dependencies.Extractors.Npm;

/// <summary>
/// Reads both yarn.lock dialects line by line: v1 (<c>key "value"</c>) and Berry (YAML,
/// <c>key: value</c>, a <c>__metadata</c> block). Both are two-level indented blocks.
/// </summary>
internal static class YarnLockParser
{
    public static (List<YarnLockEntry> Entries, bool IsBerry) Parse(FileText file, List<string> problems)
    {
        var entries = new List<YarnLockEntry>();
        var isBerry = false;
        YarnLockEntry? current = null;
        string? section = null;
        var text = file.Text;
        var lineNumber = 0;
        for (var start = 0; start < text.Length;)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            lineNumber++;
            var line = text[start..end].TrimEnd('\r');
            var lineStart = start;
            start = end + 1;
            var content = line.TrimStart();
            if (content.Length == 0 || content.StartsWith('#'))
            {
                continue;
            }

            var indent = line.Length - content.Length;
            if (indent == 0)
            {
                section = null;
                current = null;
                if (!content.EndsWith(':'))
                {
                    problems.Add($"{file.Path}:{lineNumber}: unexpected line \"{Shorten(content)}\", skipped");
                    continue;
                }

                var header = content[..^1].Trim();
                if (header == "__metadata")
                {
                    isBerry = true;
                    continue;
                }

                var specs = header.Replace("\"", "", StringComparison.Ordinal)
                    .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                current = new YarnLockEntry(specs, file.LocationOf(lineStart, content.Length));
                entries.Add(current);
                continue;
            }

            if (current is null)
            {
                continue;
            }

            var (key, value) = KeyValue(content);
            if (indent < 4)
            {
                section = value.Length == 0 ? key : null;
                if (key == "version")
                {
                    current.Version = value;
                }
                else if (key == "resolution")
                {
                    current.Resolution = value;
                }

                continue;
            }

            if (section is "dependencies" or "optionalDependencies" && indent < 6 && value.Length > 0)
            {
                current.Dependencies.Add((key, value));
            }
        }

        return (entries, isBerry);
    }

    private static (string Key, string Value) KeyValue(string content)
    {
        string key;
        string rest;
        if (content.StartsWith('"'))
        {
            var close = content.IndexOf('"', 1);
            if (close < 0)
            {
                return (content, "");
            }

            key = content[1..close];
            rest = content[(close + 1)..];
        }
        else
        {
            var stop = content.IndexOfAny([' ', ':']);
            key = stop < 0 ? content : content[..stop];
            rest = stop < 0 ? "" : content[stop..];
        }

        rest = rest.Trim();
        if (rest.StartsWith(':'))
        {
            rest = rest[1..].Trim();
        }

        if (rest.Length >= 2 && rest[0] == '"' && rest[^1] == '"')
        {
            rest = rest[1..^1];
        }

        return (key, rest);
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "…";
}
