namespace Rampart.Core.Scanning;

/// <summary>Maps character offsets in a text to 1-based line and column numbers.</summary>
public sealed class LineMap
{
    private readonly int[] _lineStarts;

    public LineMap(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1))
        {
            starts.Add(i + 1);
        }

        _lineStarts = [.. starts];
    }

    public int LineCount => _lineStarts.Length;

    public (int Line, int Column) ToLineColumn(int offset)
    {
        var index = Array.BinarySearch(_lineStarts, offset);
        var line = index >= 0 ? index : ~index - 1;
        return (line + 1, offset - _lineStarts[line] + 1);
    }

    /// <summary>Start offset of a 1-based line.</summary>
    public int LineStart(int line) => _lineStarts[line - 1];
}
