using Rampart.Code.Lexing.Python;
using Rampart.Code.Lexing.Python.Syntax;

namespace Rampart.Code.Analysis.Python;

/// <summary>
/// What a check sees at a call or statement: the file, the enclosing function (null at module
/// level) and class, the <c>if</c>s around it, and the taint of any expression at that point.
/// </summary>
internal sealed class PyFlow(PythonFile file, PyDefinition? function, PyDefinition? owner, IReadOnlyList<PyCondition> conditions, PyTaintState state, PyTaintEvaluator evaluator)
{
    public PythonFile File { get; } = file;

    public PythonTokens Tokens => File.Tokens;

    public PyDefinition? Function { get; } = function;

    /// <summary>The class whose body (or method) this is.</summary>
    public PyDefinition? Class { get; } = owner;

    public IReadOnlyList<PyCondition> Conditions { get; } = conditions;

    public PyTaintState State { get; } = state;

    public bool InDevelopmentOnly => PyConditions.IsDevelopmentOnly(Conditions);

    public bool UnderMainGuard => Conditions.Any(PyConditions.IsMainGuard);

    public bool AtModuleLevel => Function is null && Class is null;

    public PyTaint? Taint(int start, int end) => evaluator.Taint(Tokens, start, end);

    public PyTaint? Taint(PyArgRange? argument) => argument is null ? null : Taint(argument.Start, argument.End);

    public string Text(int start, int end) => PyExprParser.Text(Tokens, start, end);

    public string Text(PyArgRange argument) => Text(argument.Start, argument.End);

    /// <summary>
    /// The constant string an expression stands for: a literal, or a name whose last assignment
    /// (in this function, the module, or an imported module) is a literal. Null when not constant.
    /// </summary>
    public string? ConstantString(int start, int end) => ConstantString(Tokens, start, end, 0);

    private string? ConstantString(PythonTokens tokens, int start, int end, int depth)
    {
        if (PyTaintEvaluator.Literal(tokens, start, end) is { } literal)
        {
            return literal;
        }

        if (depth > 4 || end - start != 1 || tokens[start].Kind != PythonTokenKind.Name)
        {
            return DottedConstant(tokens, start, end);
        }

        var name = tokens[start].Text;
        if (State.Value(name) is { } local)
        {
            return ConstantString(local.Tokens, local.Start, local.End, depth + 1);
        }

        return DottedConstant(tokens, start, end);
    }

    /// <summary>A module-level or imported name bound to a literal (<c>SECRET</c>, <c>config.JWT_SECRET</c>).</summary>
    private string? DottedConstant(PythonTokens tokens, int start, int end)
    {
        var expr = PyExprParser.Parse(tokens, start, end);
        if (expr.DottedName is not { } dotted || !ReferenceEquals(tokens, Tokens))
        {
            return null;
        }

        var symbol = File.Workspace.Resolve(File.Module, dotted);
        return symbol?.Assignment?.Value is PyString { IsFormatted: false } s && !symbol.Name.Contains('.', StringComparison.Ordinal) ? s.Value : null;
    }

    /// <summary>The constructor a name was built with (<c>httpx.AsyncClient</c> for <c>client</c>), in this function or at module level.</summary>
    public string? ConstructedBy(string name)
    {
        if (State.ConstructedBy(name) is { } local)
        {
            return local;
        }

        return File.Module.ModuleAssignment(name)?.Value is PyCall { Name: { } callee } ? callee : null;
    }
}
