namespace Rampart.Code.Lexing.Python.Syntax;

/// <summary>
/// One logical line [<see cref="Start"/>, <see cref="End"/>) (NEWLINE excluded) and, for a
/// compound statement ending in ':', its indented block. Decorators are their own statements,
/// gathered onto the def/class that follows them by <see cref="PyModule"/>.
/// </summary>
public sealed class PyStatement(int start, int end, int line)
{
    public int Start { get; } = start;

    public int End { get; } = end;

    public int Line { get; } = line;

    public List<PyStatement> Body { get; } = [];

    /// <summary>The token index one past the statement's block (its last nested token), for body scans.</summary>
    public int BlockEnd { get; set; }
}
