using Rampart.Code.Lexing.Python.Syntax;

namespace Rampart.Code.Routes.Python.FastApi;

/// <summary>A <c>FastAPI(...)</c> app or <c>APIRouter(...)</c> assigned to a name, and where it is included.</summary>
internal sealed class FastApiRouter(PyModule module, string name, PyCall constructor, PyStatementContext context)
{
    public PyModule Module { get; } = module;

    public string Name { get; } = name;

    public PyCall Constructor { get; } = constructor;

    public PyStatementContext Context { get; } = context;

    public bool IsApp => Constructor.LastName == "FastAPI";

    public List<FastApiInclude> IncludedBy { get; } = [];

    public string Group => $"{Module.Path}:{Name}";
}

/// <summary><c>parent.include_router(child, prefix=..., dependencies=[...])</c>.</summary>
internal sealed record FastApiInclude(FastApiRouter Parent, PyCall Call, PyModule Module, PyStatementContext Context);

/// <summary>One way a router is reached from an app: the prefix and the include evidence along the way.</summary>
internal sealed record FastApiMount(string Prefix, IReadOnlyList<(PyModule Module, PyExpr? Dependencies, string Where)> Dependencies, IReadOnlyList<(PyModule Module, PyCondition Condition)> Conditions);
