using System.Text;
using Rampart.Core.Findings;

namespace Rampart.Core.Scanning;

/// <summary>
/// Cuts the source lines around a finding for reporters. Every span that a secret finding in the
/// same file points at is replaced by a short mask first, so a snippet can never show a secret.
/// </summary>
internal static class SnippetBuilder
{
    private const int ContextLines = 1;
    private const int MaxLines = 7;
    private const int MaxLineLength = 240;
    private const string Mask = "*****";

    public static Snippet? Build(FileText file, SourceLocation location, IReadOnlyList<SourceLocation> secretSpans)
    {
        if (!location.HasLine || location.Line > file.Lines.LineCount)
        {
            return null;
        }

        var first = Math.Max(1, location.Line - ContextLines);
        var last = Math.Min(file.Lines.LineCount, Math.Max(location.Line, location.EndLine) + ContextLines);
        last = Math.Min(last, first + MaxLines - 1);
        var lines = new List<string>();
        var (markStart, markEnd) = (location.Column, location.EndLine == location.Line ? location.EndColumn : 0);
        for (var line = first; line <= last; line++)
        {
            var (text, map) = MaskLine(file.Line(line), line, secretSpans);
            if (line == location.Line)
            {
                (markStart, markEnd) = (map(location.Column), markEnd > 0 ? map(markEnd) : 0);
            }

            lines.Add(text.Length > MaxLineLength ? text[..MaxLineLength] + "…" : text);
        }

        return new Snippet(first, lines) { MarkStartColumn = markStart, MarkEndColumn = markEnd };
    }

    /// <summary>The line with each secret span replaced by <see cref="Mask"/>, and a map from old to new 1-based columns.</summary>
    private static (string Text, Func<int, int> Map) MaskLine(string text, int line, IReadOnlyList<SourceLocation> secretSpans)
    {
        var cuts = new List<(int Start, int End)>();
        foreach (var span in secretSpans)
        {
            if (line < span.Line || line > Math.Max(span.Line, span.EndLine))
            {
                continue;
            }

            // A span without columns masks the whole line: better too much than a leak.
            var start = line == span.Line && span.Column > 0 ? span.Column - 1 : 0;
            var end = line == span.EndLine && span.EndColumn > 0 ? span.EndColumn - 1 : text.Length;
            cuts.Add((Math.Clamp(start, 0, text.Length), Math.Clamp(end, 0, text.Length)));
        }

        if (cuts.Count == 0)
        {
            return (text, column => column);
        }

        cuts.Sort((a, b) => a.Start.CompareTo(b.Start));
        var merged = new List<(int Start, int End)>();
        foreach (var cut in cuts)
        {
            if (merged.Count > 0 && cut.Start <= merged[^1].End)
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, cut.End));
            }
            else if (cut.End > cut.Start)
            {
                merged.Add(cut);
            }
        }

        var output = new StringBuilder();
        var position = 0;
        foreach (var (start, end) in merged)
        {
            output.Append(text, position, start - position).Append(Mask);
            position = end;
        }

        output.Append(text, position, text.Length - position);
        return (output.ToString(), column => MapColumn(column, merged));
    }

    private static int MapColumn(int column, List<(int Start, int End)> cuts)
    {
        var index = column - 1;
        var shift = 0;
        foreach (var (start, end) in cuts)
        {
            if (index >= end)
            {
                shift += Mask.Length - (end - start);
            }
            else if (index > start)
            {
                // Inside a masked span: point at the end of the mask.
                return start + Mask.Length + 1;
            }
        }

        return index + shift + 1;
    }
}
