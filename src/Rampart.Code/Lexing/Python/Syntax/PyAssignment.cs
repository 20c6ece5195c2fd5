namespace Rampart.Code.Lexing.Python.Syntax;

/// <summary><c>target = value</c> (or <c>target: T = value</c>, or <c>target += value</c> when <see cref="Augmented"/>).</summary>
public sealed record PyAssignment(string Target, PyExpr Value, int Line, bool Augmented);
