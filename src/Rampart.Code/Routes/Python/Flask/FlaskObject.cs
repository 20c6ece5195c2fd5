using Rampart.Code.Lexing.Python.Syntax;

namespace Rampart.Code.Routes.Python.Flask;

/// <summary>A <c>Flask(...)</c> app or <c>Blueprint(...)</c> assigned to a name, with its hooks and registrations.</summary>
internal sealed class FlaskObject(PyModule module, string name, PyCall constructor)
{
    public PyModule Module { get; } = module;

    public string Name { get; } = name;

    public PyCall Constructor { get; } = constructor;

    public bool IsApp => Constructor.LastName is "Flask" or "APIFlask";

    /// <summary>before_request hooks (the def and where it was attached).</summary>
    public List<(PyModule Module, PyDefinition Hook, int Line, bool AppWide)> Hooks { get; } = [];

    /// <summary>Where this blueprint is registered: the parent and the register_blueprint call.</summary>
    public List<(FlaskObject Parent, PyCall Call, PyModule Module, PyStatementContext Context)> RegisteredIn { get; } = [];

    public string Group => $"{Module.Path}:{Name}";
}
