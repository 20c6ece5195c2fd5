namespace Rampart.Code.Lexing.Python.Syntax;

/// <summary>
/// A <c>def</c> or <c>class</c> with its decorators. For a function, <see cref="Parameters"/>;
/// for a class, <see cref="Bases"/> (the arguments of the class line, keywords included).
/// </summary>
public sealed class PyDefinition
{
    public required string Name { get; init; }

    public required bool IsClass { get; init; }

    public required PyStatement Statement { get; init; }

    public required IReadOnlyList<PyDecorator> Decorators { get; init; }

    public IReadOnlyList<PyParameter> Parameters { get; init; } = [];

    public IReadOnlyList<PyArgument> Bases { get; init; } = [];

    /// <summary>The line of the first decorator, or of the def/class line.</summary>
    public int FirstLine => Decorators.Count > 0 ? Decorators[0].Line : Statement.Line;

    public int Line => Statement.Line;

    public IReadOnlyList<PyStatement> Body => Statement.Body;

    /// <summary>Token range of the whole definition (signature and body).</summary>
    public int BodyStart => Statement.Start;

    public int BodyEnd => Statement.BlockEnd;

    /// <summary>The class that encloses this def, when it is a method.</summary>
    public PyDefinition? Owner { get; init; }
}
