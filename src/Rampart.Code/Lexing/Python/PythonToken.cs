namespace Rampart.Code.Lexing.Python;

/// <summary>
/// One token with its place in the source (offset, 1-based line and column). For strings,
/// <see cref="Value"/> is the content between the quotes (escapes decoded unless raw) and
/// <see cref="Prefix"/> the lower-case prefix letters.
/// </summary>
public sealed class PythonToken(PythonTokenKind kind, string text, int start, int line, int column)
{
    public PythonTokenKind Kind { get; } = kind;

    /// <summary>The exact source text (for a comment: from '#' to the end of the line).</summary>
    public string Text { get; } = text;

    public int Start { get; } = start;

    public int Line { get; } = line;

    public int Column { get; } = column;

    public string Value { get; init; } = "";

    public string Prefix { get; init; } = "";

    public bool IsFString => Prefix.Contains('f', StringComparison.Ordinal);

    public bool Is(string op) => Kind == PythonTokenKind.Op && Text == op;

    public bool IsName(string name) => Kind == PythonTokenKind.Name && Text == name;

    public override string ToString() => $"{Kind} '{Text}' {Line}:{Column}";
}
