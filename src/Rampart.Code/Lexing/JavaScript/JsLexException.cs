namespace Rampart.Code.Lexing.JavaScript;

/// <summary>The source is not JavaScript the lexer can read (unterminated string, comment, template or JSX).</summary>
public sealed class JsLexException(string message, int line) : Exception($"line {line}: {message}")
{
    public int Line { get; } = line;
}
