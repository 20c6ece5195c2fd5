using Rampart.Code.Lexing.Python.Syntax;

namespace Rampart.Code.Routes.Python.Django;

/// <summary>A view a URL pattern points at: a function or a class (<c>as_view()</c>), wrappers applied in urls.py, and a ViewSet's action map.</summary>
internal sealed record DjangoView(PyModule Module, PyDefinition Definition, IReadOnlyList<(PyModule Module, PyExpr Wrapper)> Wrappers)
{
    /// <summary><c>as_view({"get": "list", "post": "create"})</c>: the HTTP methods mapped to actions.</summary>
    public IReadOnlyList<string>? ActionMethods { get; init; }
}
