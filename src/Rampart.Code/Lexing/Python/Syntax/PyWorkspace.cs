namespace Rampart.Code.Lexing.Python.Syntax;

/// <summary>
/// Every parsed Python file of the scan, with import resolution across them: relative imports
/// from the importing package, absolute imports by the longest matching path suffix (so both
/// flat and <c>src/</c> layouts resolve), names followed through re-exports.
/// </summary>
public sealed class PyWorkspace
{
    private readonly Dictionary<string, PyModule> _byPath;
    private readonly Dictionary<string, List<PyModule>> _byModuleTail = new(StringComparer.Ordinal);

    public PyWorkspace(IEnumerable<PyModule> modules)
    {
        _byPath = modules.ToDictionary(m => m.Path, StringComparer.Ordinal);
        foreach (var module in _byPath.Values.OrderBy(m => m.Path, StringComparer.Ordinal))
        {
            // Index every dotted suffix: app.routers.users, routers.users, users.
            var parts = module.ModuleName.Split('.');
            for (var i = 0; i < parts.Length; i++)
            {
                var tail = string.Join('.', parts[i..]);
                if (!_byModuleTail.TryGetValue(tail, out var list))
                {
                    _byModuleTail[tail] = list = [];
                }

                list.Add(module);
            }
        }
    }

    public IEnumerable<PyModule> Modules => _byPath.Values.OrderBy(m => m.Path, StringComparer.Ordinal);

    public PyModule? ByPath(string path) => _byPath.GetValueOrDefault(path);

    /// <summary>Resolves <c>from ..x import</c> (level 2, "x") or <c>import a.b</c> (level 0) as seen from <paramref name="from"/>.</summary>
    public PyModule? ResolveModule(PyModule from, string dotted, int level)
    {
        if (level > 0)
        {
            var folder = from.Path.Contains('/', StringComparison.Ordinal) ? from.Path[..from.Path.LastIndexOf('/')] : "";
            for (var up = 1; up < level; up++)
            {
                folder = folder.Contains('/', StringComparison.Ordinal) ? folder[..folder.LastIndexOf('/')] : "";
            }

            var relative = dotted.Length == 0 ? folder : (folder.Length == 0 ? "" : folder + "/") + dotted.Replace('.', '/');
            return ByPath(relative + ".py") ?? ByPath(relative.Length == 0 ? "__init__.py" : relative + "/__init__.py");
        }

        if (!_byModuleTail.TryGetValue(dotted, out var candidates))
        {
            return null;
        }

        // Prefer the candidate sharing the longest folder prefix with the importing file (same project).
        return candidates.OrderByDescending(c => CommonPrefix(c.Path, from.Path)).ThenBy(c => c.Path.Length).First();
    }

    /// <summary>Resolves a (possibly dotted) name used in <paramref name="module"/>: locals first, then imports, across files.</summary>
    public PySymbol? Resolve(PyModule module, string dotted, int depth = 0)
    {
        if (depth > 12)
        {
            return null;
        }

        var parts = dotted.Split('.');
        var symbol = ResolveSimple(module, parts[0], depth);
        for (var i = 1; i < parts.Length && symbol is not null; i++)
        {
            if (symbol.ModuleRef is { } inner)
            {
                symbol = ResolveSimple(inner, parts[i], depth + 1) ?? new PySymbol(inner, parts[i]);
            }
            else
            {
                // An attribute of an object (`settings.DEBUG`, `admin.site.urls`): stop at the object.
                return symbol with { Name = string.Join('.', parts[..(i + 1)]) };
            }
        }

        return symbol;
    }

    private PySymbol? ResolveSimple(PyModule module, string name, int depth)
    {
        if (module.TopLevel(name) is { } definition)
        {
            return new PySymbol(module, name) { Definition = definition };
        }

        if (module.ModuleAssignment(name) is { } assignment)
        {
            return new PySymbol(module, name) { Assignment = assignment };
        }

        if (module.Import(name) is not { } import)
        {
            // `from .views import *` style star re-exports, and submodules of a package (`from app import routers` → app/routers.py).
            foreach (var star in module.Imports.Where(i => i.Name == "*"))
            {
                if (ResolveModule(module, star.Module, star.Level) is { } target && target != module && ResolveSimple(target, name, depth + 1) is { } found)
                {
                    return found;
                }
            }

            return module.IsPackage && ResolveModule(module, name, 1) is { } submodule ? new PySymbol(submodule, name) { ModuleRef = submodule } : null;
        }

        if (import.Name is null)
        {
            var target = ResolveModule(module, import.Module, 0);
            return target is null ? new PySymbol(module, name) { ImportedModule = import.Module } : new PySymbol(target, name) { ModuleRef = target, ImportedModule = target.Path };
        }

        var from = ResolveModule(module, import.Module, import.Level);
        if (from is null)
        {
            // A namespace package (no __init__.py): the imported name can still be one of its files.
            var submodule = ResolveModule(module, (import.Module.Length == 0 ? "" : import.Module + ".") + import.Name, import.Level);
            return submodule is null ? new PySymbol(module, name) { ImportedModule = import.Module } : new PySymbol(submodule, import.Name) { ModuleRef = submodule, ImportedModule = submodule.Path };
        }

        // `from app.routers import users`: a submodule wins when no such name is defined in the package.
        var inFrom = from == module ? null : depth < 12 ? ResolveSimple(from, import.Name, depth + 1) : null;
        if (inFrom is not null && (inFrom.Definition is not null || inFrom.Assignment is not null || inFrom.ModuleRef is not null))
        {
            return inFrom;
        }

        var sub = ResolveModule(module, (import.Module.Length == 0 ? "" : import.Module + ".") + import.Name, import.Level);
        if (sub is not null && (import.Level > 0 || sub != module))
        {
            return new PySymbol(sub, import.Name) { ModuleRef = sub, ImportedModule = sub.Path };
        }

        return inFrom ?? new PySymbol(from, import.Name) { ImportedModule = from.Path };
    }

    private static int CommonPrefix(string a, string b)
    {
        var n = 0;
        while (n < a.Length && n < b.Length && a[n] == b[n])
        {
            n++;
        }

        return n;
    }
}
