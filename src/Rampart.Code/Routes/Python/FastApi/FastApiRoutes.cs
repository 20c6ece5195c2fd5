using Rampart.Code.Lexing.Python.Syntax;
using Rampart.Code.Routes.Model;

namespace Rampart.Code.Routes.Python.FastApi;

/// <summary>
/// FastAPI routes: path-operation decorators on apps and routers, prefixes and dependencies
/// combined along <c>include_router</c> chains across files, app-, include-, router-, decorator-
/// and parameter-level dependencies, and includes guarded by settings (development only).
/// </summary>
internal sealed class FastApiRoutes(PythonApp app)
{
    private static readonly string[] Verbs = ["get", "post", "put", "patch", "delete", "options", "head", "trace", "api_route"];

    private readonly Dictionary<(string Path, string Name), FastApiRouter> _routers = [];
    private readonly List<(PyCall Call, PyModule Module)> _unresolvedIncludes = [];
    private readonly FastApiDependencies _dependencies = new(app);

    public void Extract()
    {
        var modules = app.Workspace.Modules.ToList();
        foreach (var module in modules)
        {
            foreach (var (assignment, context) in module.Assignments)
            {
                if (assignment.Value is PyCall { LastName: "FastAPI" or "APIRouter" } call)
                {
                    _routers.TryAdd((module.Path, assignment.Target), new FastApiRouter(module, assignment.Target, call, context));
                }
            }
        }

        if (_routers.Count == 0)
        {
            return;
        }

        foreach (var module in modules)
        {
            foreach (var (call, context) in module.Calls.Where(c => c.Call.Name?.EndsWith(".include_router", StringComparison.Ordinal) == true))
            {
                var parent = Router(module, call.Name![..^".include_router".Length]);
                var child = call.Arg(0, "router") is { DottedName: { } childName } ? Router(module, childName) : null;
                if (parent is null || child is null)
                {
                    _unresolvedIncludes.Add((call, module));
                    continue;
                }

                child.IncludedBy.Add(new FastApiInclude(parent, call, module, context));
            }
        }

        foreach (var module in modules)
        {
            foreach (var definition in module.Definitions.Where(d => !d.IsClass))
            {
                foreach (var decorator in definition.Decorators)
                {
                    if (decorator.Call is { } call && call.Name is { } name && name.LastIndexOf('.') is var dot && dot > 0
                        && Verbs.Contains(name[(dot + 1)..]) && Router(module, name[..dot]) is { } router)
                    {
                        AddRoutes(module, definition, decorator, call, name[(dot + 1)..], router);
                    }
                }
            }
        }
    }

    private FastApiRouter? Router(PyModule module, string dotted)
    {
        if (!dotted.Contains('.', StringComparison.Ordinal) && _routers.TryGetValue((module.Path, dotted), out var local))
        {
            return local;
        }

        var symbol = app.Workspace.Resolve(module, dotted);
        if (symbol is null)
        {
            return null;
        }

        var name = symbol.Name.Split('.')[^1];
        return _routers.GetValueOrDefault((symbol.Module.Path, name));
    }

    private void AddRoutes(PyModule module, PyDefinition function, PyDecorator decorator, PyCall call, string verb, FastApiRouter router)
    {
        var methods = verb == "api_route" ? app.Methods(module, call.Keyword("methods")) ?? ["GET"] : [verb.ToUpperInvariant()];
        var path = app.PathPiece(module, call.Arg(0, "path"));
        var facts = PythonApp.Facts(module, function);
        var handler = function.Name;
        var location = PythonApp.At(module, decorator.Line);
        var mounts = Mounts(router, []);
        if (mounts.Count == 0)
        {
            var reason = _unresolvedIncludes.Count > 0
                ? $"router `{router.Name}` is not included by name; `{_unresolvedIncludes[0].Call.Name}(...)` at {_unresolvedIncludes[0].Module.Path}:{_unresolvedIncludes[0].Call.Line} includes routers dynamically"
                : $"router `{router.Name}` is not included by any FastAPI app in the source";
            var routerPrefix = app.PathPiece(router.Module, router.Constructor.Keyword("prefix"));
            app.Routes.Add(app.Route(RouteFramework.FastApi, RouteKind.Handler, methods, routerPrefix + path, handler, location, [], facts, router.Group, unknownReason: reason));
            return;
        }

        foreach (var mount in mounts)
        {
            var evidence = new List<AuthEvidence>();
            var scopes = new List<string>();
            var developmentOnly = false;
            foreach (var (conditionModule, condition) in mount.Conditions)
            {
                var dev = PythonApp.IsDevelopmentCondition(condition);
                developmentOnly |= dev;
                evidence.Add(new AuthEvidence(AuthEffect.Note, dev ? $"included only in development (`{condition.Text}`)" : $"included only when `{condition.Text}`", PythonApp.At(conditionModule, condition.Line)));
            }

            foreach (var (depModule, list, where) in mount.Dependencies)
            {
                Add(evidence, scopes, _dependencies.FromList(depModule, list, where));
            }

            Add(evidence, scopes, _dependencies.FromList(router.Module, router.Constructor.Keyword("dependencies"), $"`{router.Name} = APIRouter(dependencies=...)`"));
            Add(evidence, scopes, _dependencies.FromList(module, call.Keyword("dependencies"), "route `dependencies=`"));
            Add(evidence, scopes, _dependencies.FromParameters(module, function));
            var description = $"{string.Join('|', methods)} {mount.Prefix + path}";
            evidence.AddRange(app.Comments.Check(module, function.FirstLine, function.Statement.Line + SignatureLines(module, function), description, RouteFramework.FastApi));
            var requirement = new AuthRequirement { Policies = scopes.Distinct(StringComparer.Ordinal).ToList() };
            var routerPrefix = router.IsApp ? "" : app.PathPiece(router.Module, router.Constructor.Keyword("prefix"));
            app.Routes.Add(app.Route(RouteFramework.FastApi, RouteKind.Handler, methods, mount.Prefix + routerPrefix + path, handler, location, evidence, facts, router.Group, requirement, developmentOnly: developmentOnly));
        }
    }

    private static int SignatureLines(PyModule module, PyDefinition function) => module.Tokens[function.Statement.End - 1].Line - function.Statement.Line;

    private static void Add(List<AuthEvidence> evidence, List<string> scopes, List<(AuthEvidence Evidence, IReadOnlyList<string> Scopes)> found)
    {
        foreach (var (item, itemScopes) in found)
        {
            evidence.Add(item);
            if (item.Effect == AuthEffect.Requires)
            {
                scopes.AddRange(itemScopes);
            }
        }
    }

    /// <summary>Every way the router is reached from an app (one per include chain); an app is reached at "".</summary>
    private List<FastApiMount> Mounts(FastApiRouter router, HashSet<FastApiRouter> seen)
    {
        if (router.IsApp)
        {
            var appLevel = router.Constructor.Keyword("dependencies") is { } deps ? new List<(PyModule, PyExpr?, string)> { (router.Module, deps, $"`{router.Name} = FastAPI(dependencies=...)`") } : [];
            return [new FastApiMount("", appLevel, router.Context.Conditions.Select(c => (router.Module, c)).ToList())];
        }

        if (!seen.Add(router))
        {
            return [];
        }

        var mounts = new List<FastApiMount>();
        foreach (var include in router.IncludedBy)
        {
            foreach (var parent in Mounts(include.Parent, seen))
            {
                var parentPrefix = include.Parent.IsApp ? "" : app.PathPiece(include.Parent.Module, include.Parent.Constructor.Keyword("prefix"));
                var prefix = parent.Prefix + parentPrefix + app.PathPiece(include.Module, include.Call.Keyword("prefix"));
                var dependencies = parent.Dependencies.ToList();
                if (!include.Parent.IsApp)
                {
                    dependencies.Add((include.Parent.Module, include.Parent.Constructor.Keyword("dependencies"), $"`{include.Parent.Name} = APIRouter(dependencies=...)`"));
                }

                dependencies.Add((include.Module, include.Call.Keyword("dependencies"), $"`{include.Call.Name}({include.Call.Arg(0, "router")?.DottedName}, dependencies=...)` at {include.Module.Path}:{include.Call.Line}"));
                var conditions = parent.Conditions.Concat(include.Context.Conditions.Where(c => !c.IsLoop).Select(c => (include.Module, c))).ToList();
                mounts.Add(new FastApiMount(prefix, dependencies, conditions));
            }
        }

        seen.Remove(router);
        return mounts;
    }
}
