using Rampart.Code.Lexing.Python.Syntax;

namespace Rampart.Code.Routes.Python.Django;

/// <summary>
/// DRF routers: which routers exist, what is registered on them, and the routes a ViewSet gets —
/// a list route (list/create), a detail route (retrieve/update/partial_update/destroy) and one per
/// <c>@action</c>, from the ViewSet's bases (ModelViewSet, mixins) and the methods it defines.
/// </summary>
internal sealed class DrfRouters
{
    private static readonly Dictionary<string, string[]> BaseActions = new(StringComparer.Ordinal)
    {
        ["ModelViewSet"] = ["list", "create", "retrieve", "update", "partial_update", "destroy"],
        ["ReadOnlyModelViewSet"] = ["list", "retrieve"],
        ["ListModelMixin"] = ["list"],
        ["CreateModelMixin"] = ["create"],
        ["RetrieveModelMixin"] = ["retrieve"],
        ["UpdateModelMixin"] = ["update", "partial_update"],
        ["DestroyModelMixin"] = ["destroy"],
    };

    private static readonly (string Action, string Method, bool Detail)[] Actions =
    [
        ("list", "GET", false), ("create", "POST", false), ("retrieve", "GET", true), ("update", "PUT", true), ("partial_update", "PATCH", true), ("destroy", "DELETE", true),
    ];

    private readonly PythonApp _app;
    private readonly Dictionary<(string Path, string Name), DrfRouter> _routers = [];

    public DrfRouters(PythonApp app)
    {
        _app = app;
        foreach (var module in app.Workspace.Modules)
        {
            foreach (var (assignment, _) in module.Assignments)
            {
                if (assignment.Value is PyCall { LastName: "DefaultRouter" or "SimpleRouter" or "ExtendedDefaultRouter" or "ExtendedSimpleRouter" or "NestedSimpleRouter" or "NestedDefaultRouter" } call)
                {
                    _routers.TryAdd((module.Path, assignment.Target), new DrfRouter(module, assignment.Target, call));
                }
            }
        }

        foreach (var module in _routers.Count == 0 ? [] : app.Workspace.Modules)
        {
            foreach (var (call, _) in module.Calls.Where(c => c.Call.Name?.EndsWith(".register", StringComparison.Ordinal) == true))
            {
                if (Find(module, call.Name![..^".register".Length]) is { } router)
                {
                    router.Registrations.Add((module, call));
                }
            }
        }
    }

    public static string MethodOf(string action) => Actions.FirstOrDefault(a => a.Action == action).Method ?? "";

    public DrfRouter? Find(PyModule module, string dotted)
    {
        if (_routers.TryGetValue((module.Path, dotted), out var local))
        {
            return local;
        }

        var symbol = _app.Workspace.Resolve(module, dotted);
        return symbol is null ? null : _routers.GetValueOrDefault((symbol.Module.Path, symbol.Name.Split('.')[^1]));
    }

    public IEnumerable<DrfRoute> Routes(DrfRouter router)
    {
        var slash = router.TrailingSlash ? "/" : "";
        foreach (var (module, call) in router.Registrations)
        {
            var prefix = _app.PathPiece(module, call.Arg(0, "prefix")).Trim('/');
            if (call.Arg(1, "viewset")?.DottedName is not { } name || _app.Workspace.Resolve(module, name) is not { Definition: { IsClass: true } viewset } symbol)
            {
                continue;
            }

            var view = new DjangoView(symbol.Module, viewset, []);
            var chain = DjangoClassChain.Of(_app, symbol.Module, viewset);
            var actions = chain.External.SelectMany(e => BaseActions.GetValueOrDefault(e.Name) ?? []).Concat(Actions.Select(a => a.Action).Where(a => chain.Method(a) is not null)).ToHashSet(StringComparer.Ordinal);
            var lookup = chain.Attribute("lookup_field") is { } field ? _app.StringValue(field.Module, field.Assignment.Value) ?? "pk" : "pk";
            foreach (var detail in new[] { false, true })
            {
                var present = Actions.Where(a => a.Detail == detail && actions.Contains(a.Action)).ToList();
                if (present.Count > 0)
                {
                    var path = detail ? $"{prefix}/<{lookup}>{slash}" : $"{prefix}{slash}";
                    yield return new DrfRoute(view, path, $"{viewset.Name}.{string.Join('/', present.Select(a => a.Action))}", present.Select(a => a.Method).Distinct().ToList(), null, viewset.Line);
                }
            }

            foreach (var (methodModule, method) in chain.Classes.SelectMany(c => c.Module.Definitions.Where(d => d.Owner == c.Class && !d.IsClass).Select(d => (c.Module, d))))
            {
                if (method.Decorators.FirstOrDefault(d => d.Name?.Split('.')[^1] == "action")?.Call is not { } action)
                {
                    continue;
                }

                var isDetail = action.Keyword("detail") is PyOther { Text: "True" };
                var urlPath = _app.StringValue(methodModule, action.Keyword("url_path")) ?? method.Name;
                var methods = _app.Methods(methodModule, action.Keyword("methods")) ?? ["GET"];
                var path = isDetail ? $"{prefix}/<{lookup}>/{urlPath}{slash}" : $"{prefix}/{urlPath}{slash}";
                yield return new DrfRoute(view with { Definition = viewset }, path, $"{viewset.Name}.{method.Name}", methods, action, method.Line);
            }
        }
    }
}
