namespace Rampart.Code.Lexing.Python.Syntax;

/// <summary>
/// What a name resolves to across files: a def/class, a module-level assignment, a whole module
/// (<c>from . import users</c>), or nothing known (<see cref="Definition"/>, <see cref="Assignment"/>
/// and <see cref="ModuleRef"/> all null: a third-party name).
/// </summary>
public sealed record PySymbol(PyModule Module, string Name)
{
    public PyDefinition? Definition { get; init; }

    public PyAssignment? Assignment { get; init; }

    public PyModule? ModuleRef { get; init; }

    /// <summary>The import path that was followed, for evidence ("imported from app/deps.py").</summary>
    public string? ImportedModule { get; init; }
}
