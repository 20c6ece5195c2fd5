namespace Rampart.Code.Lexing.Python.Syntax;

/// <summary>Where a statement sits: the enclosing function or class (null at module level) and the conditions around it.</summary>
public sealed record PyStatementContext(PyDefinition? Scope, IReadOnlyList<PyCondition> Conditions)
{
    public static PyStatementContext Module { get; } = new(null, []);
}
