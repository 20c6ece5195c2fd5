namespace Rampart.Code.Lexing.Python;

/// <summary>The source is not valid Python at the token level (unterminated string...); the file becomes a scan warning.</summary>
public sealed class PythonLexException(string message, int line) : Exception($"line {line}: {message}")
{
    public int Line { get; } = line;
}
