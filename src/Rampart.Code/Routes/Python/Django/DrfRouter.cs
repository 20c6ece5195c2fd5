using Rampart.Code.Lexing.Python.Syntax;

namespace Rampart.Code.Routes.Python.Django;

/// <summary>A DRF router (<c>DefaultRouter()</c>, <c>SimpleRouter()</c>) and its <c>register(prefix, ViewSet)</c> calls.</summary>
internal sealed class DrfRouter(PyModule module, string name, PyCall constructor)
{
    public PyModule Module { get; } = module;

    public string Name { get; } = name;

    public PyCall Constructor { get; } = constructor;

    public List<(PyModule Module, PyCall Call)> Registrations { get; } = [];

    public bool TrailingSlash => Constructor.Keyword("trailing_slash") is not PyOther { Text: "False" };
}

/// <summary>One route a router generates for a ViewSet.</summary>
internal sealed record DrfRoute(DjangoView View, string Path, string Handler, IReadOnlyList<string> Methods, PyCall? Action, int Line);
