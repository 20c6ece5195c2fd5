using Rampart.Code.Lexing.Python.Syntax;

namespace Rampart.Code.Routes.Python.Django;

/// <summary>
/// A class and its bases as far as the source shows them (project classes followed across files),
/// nearest first; unresolved (framework) bases are kept by name.
/// </summary>
internal sealed class DjangoClassChain
{
    private DjangoClassChain(List<(PyModule Module, PyDefinition Class)> classes, List<(string Name, PyModule Module, PyDefinition Via)> external)
    {
        Classes = classes;
        External = external;
    }

    /// <summary>Project classes: the class itself first, then its bases depth-first.</summary>
    public List<(PyModule Module, PyDefinition Class)> Classes { get; }

    /// <summary>Bases not defined in the project (<c>LoginRequiredMixin</c>, <c>ModelViewSet</c>), with the class that names them.</summary>
    public List<(string Name, PyModule Module, PyDefinition Via)> External { get; }

    public IEnumerable<string> AllNames => Classes.Select(c => c.Class.Name).Concat(External.Select(e => e.Name));

    public static DjangoClassChain Of(PythonApp app, PyModule module, PyDefinition cls)
    {
        var classes = new List<(PyModule, PyDefinition)>();
        var external = new List<(string, PyModule, PyDefinition)>();
        Walk(app, module, cls, classes, external, 0);
        return new DjangoClassChain(classes, external);
    }

    private static void Walk(PythonApp app, PyModule module, PyDefinition cls, List<(PyModule, PyDefinition)> classes, List<(string, PyModule, PyDefinition)> external, int depth)
    {
        if (depth > 8 || classes.Any(c => c.Item2 == cls))
        {
            return;
        }

        classes.Add((module, cls));
        foreach (var baseArg in cls.Bases.Where(b => b.Name is null))
        {
            if (baseArg.Value.DottedName is not { } name)
            {
                continue;
            }

            if (app.Workspace.Resolve(module, name) is { Definition: { IsClass: true } baseClass } symbol)
            {
                Walk(app, symbol.Module, baseClass, classes, external, depth + 1);
            }
            else
            {
                external.Add((name.Split('.')[^1], module, cls));
            }
        }
    }

    /// <summary>The nearest class-body assignment of <paramref name="attribute"/> in the chain.</summary>
    public (PyModule Module, PyAssignment Assignment)? Attribute(string attribute)
    {
        foreach (var (module, cls) in Classes)
        {
            var found = module.Assignments.LastOrDefault(a => a.Context.Scope == cls && a.Assignment.Target == attribute).Assignment;
            if (found is not null)
            {
                return (module, found);
            }
        }

        return null;
    }

    /// <summary>The nearest method named <paramref name="name"/> in the chain.</summary>
    public (PyModule Module, PyDefinition Method)? Method(string name)
    {
        foreach (var (module, cls) in Classes)
        {
            if (module.Method(cls, name) is { } method)
            {
                return (module, method);
            }
        }

        return null;
    }
}
