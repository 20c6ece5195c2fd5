using System.Text.RegularExpressions;
using Rampart.Core.Scanning;
using Tomlyn;
using Tomlyn.Model;

namespace Rampart.Dependencies.Extractors.PyPI;

/// <summary>
/// A parsed TOML file plus line lookups. The model keeps no positions, so lines are found in the text:
/// the n-th <c>[[package]]</c> header is the n-th table of the array, and keys and strings are looked
/// up under their table header.
/// </summary>
internal sealed partial class TomlText
{
    private readonly FileText _file;

    private TomlText(FileText file, TomlTable model)
    {
        _file = file;
        Model = model;
    }

    public TomlTable Model { get; }

    public static TomlText? TryParse(FileText file, out string? error)
    {
        try
        {
            error = null;
            return new TomlText(file, TomlSerializer.Deserialize<TomlTable>(file.Text) ?? new TomlTable());
        }
        catch (TomlException e)
        {
            error = e.Message.ReplaceLineEndings(" ");
            return null;
        }
    }

    /// <summary>Line of the <c>name</c> key of the index-th <c>[[header]]</c> table (or of the header itself).</summary>
    public int LineOfArrayTable(string header, int index)
    {
        var seen = -1;
        for (var line = 1; line <= _file.Lines.LineCount; line++)
        {
            if (TableHeader().Match(_file.Line(line)) is { Success: true } m && m.Groups["array"].Success && Unquote(m.Groups["name"].Value) == header && ++seen == index)
            {
                for (var next = line + 1; next <= _file.Lines.LineCount && !TableHeader().IsMatch(_file.Line(next)); next++)
                {
                    if (KeyLine().Match(_file.Line(next)) is { Success: true } key && Unquote(key.Groups["key"].Value) == "name")
                    {
                        return next;
                    }
                }

                return line;
            }
        }

        return 0;
    }

    /// <summary>First line under the <c>[table]</c> header (dotted name) whose key is <paramref name="key"/>, or that contains <paramref name="text"/>.</summary>
    public int LineIn(string table, string? key = null, string? text = null)
    {
        var inside = false;
        for (var line = 1; line <= _file.Lines.LineCount; line++)
        {
            var content = _file.Line(line);
            if (TableHeader().Match(content) is { Success: true } header)
            {
                inside = Unquote(header.Groups["name"].Value) == table;
                continue;
            }

            if (!inside)
            {
                continue;
            }

            if (key is not null && KeyLine().Match(content) is { Success: true } m && PythonNames.Comparer.Equals(Unquote(m.Groups["key"].Value), key))
            {
                return line;
            }

            if (text is not null && content.Contains(text, StringComparison.Ordinal))
            {
                return line;
            }
        }

        return 0;
    }

    public static string? String(TomlTable table, string key) => table.TryGetValue(key, out var value) ? value as string : null;

    public static TomlTable? Table(TomlTable table, string key) => table.TryGetValue(key, out var value) ? value as TomlTable : null;

    public static TomlTable? Table(TomlTable table, params string[] path)
    {
        var current = table;
        foreach (var key in path)
        {
            if (current is null)
            {
                return null;
            }

            current = Table(current, key);
        }

        return current;
    }

    public static IEnumerable<TomlTable> Tables(TomlTable table, string key) =>
        table.TryGetValue(key, out var value) ? value switch
        {
            TomlTableArray array => array,
            TomlArray array => array.OfType<TomlTable>(),
            _ => [],
        } : [];

    public static IEnumerable<object?> Items(TomlTable table, string key) =>
        table.TryGetValue(key, out var value) && value is TomlArray array ? array : [];

    private static string Unquote(string name) => Regex.Replace(name, @"\s*\.\s*", ".").Replace("\"", string.Empty).Replace("'", string.Empty).Trim();

    [GeneratedRegex(@"^\s*\[(?<array>\[)?\s*(?<name>[^\[\]]+?)\s*\]\]?\s*(#.*)?$")]
    private static partial Regex TableHeader();

    [GeneratedRegex(@"^\s*(?<key>""[^""]+""|'[^']+'|[A-Za-z0-9_.-]+)\s*=")]
    private static partial Regex KeyLine();
}
