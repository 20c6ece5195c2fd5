namespace Rampart.Code.Lexing.Python.Syntax;

/// <summary>A function parameter with its annotation and default, when written.</summary>
public sealed record PyParameter(string Name, PyExpr? Annotation, PyExpr? Default, int Line);
