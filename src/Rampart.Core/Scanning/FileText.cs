using Rampart.Core.Findings;

namespace Rampart.Core.Scanning;

/// <summary>A decoded text file with line lookup, as detectors receive it.</summary>
public sealed class FileText
{
    private LineMap? _lines;

    public FileText(RepoFile file, string text, bool decodedWithFallback = false)
    {
        File = file;
        Text = text;
        DecodedWithFallback = decodedWithFallback;
    }

    public RepoFile File { get; }

    public string Path => File.Path;

    public string Text { get; }

    /// <summary>True when the bytes were not valid UTF-8 and were read as Latin-1.</summary>
    public bool DecodedWithFallback { get; }

    public LineMap Lines => _lines ??= new LineMap(Text);

    /// <summary>The location of a span of this text.</summary>
    public SourceLocation LocationOf(int start, int length)
    {
        var (line, column) = Lines.ToLineColumn(start);
        var (endLine, endColumn) = Lines.ToLineColumn(start + length);
        return new SourceLocation(Path, line, column, endLine, endColumn);
    }

    /// <summary>The text of one 1-based line, without its line break.</summary>
    public string Line(int line)
    {
        var start = Lines.LineStart(line);
        var end = line < Lines.LineCount ? Lines.LineStart(line + 1) : Text.Length;
        return Text[start..end].TrimEnd('\n', '\r');
    }
}
