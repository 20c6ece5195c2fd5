namespace Rampart.Code.Lexing.Python.Syntax;

/// <summary>An enclosing <c>if</c>/<c>else</c>/loop of a statement: its source text (<c>if settings.DEBUG</c>, <c>for r in routers</c>) and line.</summary>
public sealed record PyCondition(string Text, int Line)
{
    public bool IsLoop => Text.StartsWith("for ", StringComparison.Ordinal) || Text.StartsWith("while ", StringComparison.Ordinal) || Text.StartsWith("async for ", StringComparison.Ordinal);
}
