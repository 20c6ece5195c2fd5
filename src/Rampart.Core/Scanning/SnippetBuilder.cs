using Rampart.Core.Findings;

namespace Rampart.Core.Scanning;

/// <summary>
/// Cuts the source lines around a finding for reporters. Every span that a secret finding in the
/// same file points at is masked first, so a snippet can never show a secret.
/// </summary>
internal static class SnippetBuilder
{
    private const int ContextLines = 1;
    private const int MaxLines = 7;
    private const int MaxLineLength = 240;

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
        for (var line = first; line <= last; line++)
        {
            var text = Mask(file.Line(line), line, secretSpans);
            lines.Add(text.Length > MaxLineLength ? text[..MaxLineLength] + "…" : text);
        }

        return new Snippet(first, lines);
    }

    private static string Mask(string text, int line, IReadOnlyList<SourceLocation> secretSpans)
    {
        var chars = text.ToCharArray();
        foreach (var span in secretSpans)
        {
            if (line < span.Line || line > Math.Max(span.Line, span.EndLine))
            {
                continue;
            }

            // A span without columns masks the whole line: better too much than a leak.
            var start = line == span.Line && span.Column > 0 ? span.Column - 1 : 0;
            var end = line == span.EndLine && span.EndColumn > 0 ? span.EndColumn - 1 : chars.Length;
            for (var i = Math.Max(0, start); i < Math.Min(end, chars.Length); i++)
            {
                chars[i] = '*';
            }
        }

        return new string(chars);
    }
}
