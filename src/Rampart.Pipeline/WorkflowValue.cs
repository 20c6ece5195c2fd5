using Rampart.Core.Findings;
using Rampart.Core.Scanning;

namespace Rampart.Pipeline;

/// <summary>
/// One scalar of a workflow file: the text YAML resolved it to, plus its exact span in the source.
/// Audits search <see cref="Raw"/> (the characters as written) rather than <see cref="Text"/>, so an
/// expression found inside a multi-line script maps back to its own line and column.
/// </summary>
internal sealed class WorkflowValue
{
    private readonly FileText _source;
    private readonly int _start;
    private readonly int _end;
    private SourceLocation? _location;

    public WorkflowValue(FileText source, string text, int start, int end)
    {
        _source = source;
        Text = text;
        _start = start;
        // A block scalar's span runs to the start of the next key; the finding should end with the text.
        while (end > start && char.IsWhiteSpace(source.Text[end - 1]))
        {
            end--;
        }

        _end = end;
    }

    /// <summary>The value as YAML resolved it (quotes removed, block scalars joined).</summary>
    public string Text { get; }

    /// <summary>The characters of the node as written in the file, quotes and block indicators included.</summary>
    public string Raw => _source.Text[_start.._end];

    public string Path => _source.Path;

    public SourceLocation Location => _location ??= _source.LocationOf(_start, _end - _start);

    public int Line => Location.Line;

    /// <summary>The location of <paramref name="length"/> characters starting at <paramref name="index"/> in <see cref="Raw"/>.</summary>
    public SourceLocation LocationInRaw(int index, int length) => _source.LocationOf(_start + index, length);

    /// <summary>
    /// The comment after the value on its last line (<c># v4.2.2</c> after a pinned SHA), without the
    /// '#'; null when there is none. YamlDotNet drops comments, so this reads the source line.
    /// </summary>
    public string? TrailingComment
    {
        get
        {
            var end = Location;
            var line = _source.Line(end.EndLine);
            var rest = line[Math.Min(line.Length, end.EndColumn - 1)..];
            var hash = rest.IndexOf('#');
            return hash >= 0 && rest[..hash].Trim().Length == 0 ? rest[(hash + 1)..].Trim() : null;
        }
    }

    public bool TextEquals(string text) => string.Equals(Text.Trim(), text, StringComparison.OrdinalIgnoreCase);

    public override string ToString() => Text;
}
