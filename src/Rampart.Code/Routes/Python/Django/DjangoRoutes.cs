using Rampart.Code.Lexing.Python.Syntax;
using Rampart.Code.Routes.Model;

namespace Rampart.Code.Routes.Python.Django;

/// <summary>
/// Django routes: <c>urlpatterns</c> from ROOT_URLCONF (or every urls module nothing includes),
/// <c>path</c>/<c>re_path</c>/<c>url</c> with <c>include(...)</c> prefixes across modules, views wrapped
/// in urls.py (<c>login_required(view)</c>), <c>as_view()</c> classes, <c>admin.site.urls</c>, DRF
/// routers (<c>register</c> → list/detail/<c>@action</c> routes), and patterns added under
/// <c>if settings.DEBUG</c> (development only).
/// </summary>
internal sealed class DjangoRoutes(PythonApp app)
{
    private static readonly string[] SafeMethods = ["GET", "HEAD", "OPTIONS"];

    private DjangoViewAuth _auth = null!;
    private DrfRouters _routers = null!;

    public void Extract()
    {
        var urlModules = app.Workspace.Modules.Where(m => m.Assignments.Any(a => a.Context.Scope is null && a.Assignment.Target == "urlpatterns")).ToList();
        if (urlModules.Count == 0)
        {
            return;
        }

        var settings = DjangoSettings.Read(app);
        _auth = new DjangoViewAuth(app, settings);
        _routers = new DrfRouters(app);
        var root = settings.RootUrlConf is { } name && settings.Module is { } settingsModule ? app.Workspace.ResolveModule(settingsModule, name, 0) : null;
        var roots = root is not null ? [root] : urlModules.Where(m => !IsIncluded(m, urlModules)).ToList();
        foreach (var module in roots)
        {
            Walk(module, "", [], []);
        }
    }

    private bool IsIncluded(PyModule target, List<PyModule> urlModules) =>
        urlModules.Any(m => m != target && m.Calls.Any(c => c.Call.LastName == "include" && c.Call.Positional.FirstOrDefault() is { } arg && IncludedModule(m, arg) == target));

    private PyModule? IncludedModule(PyModule module, PyExpr arg) => arg switch
    {
        PyString s => app.Workspace.ResolveModule(module, s.Value, 0),
        PySequence { Bracket: '(' } tuple when tuple.Items.Count > 0 => IncludedModule(module, tuple.Items[0]),
        PyName n => app.Workspace.Resolve(module, n.Dotted)?.ModuleRef,
        _ => null,
    };

    private void Walk(PyModule module, string prefix, List<(PyModule, PyCondition)> conditions, HashSet<PyModule> seen)
    {
        if (!seen.Add(module))
        {
            return;
        }

        foreach (var (assignment, context) in module.Assignments.Where(a => a.Context.Scope is null && a.Assignment.Target == "urlpatterns"))
        {
            Patterns(module, assignment.Value, prefix, [.. conditions, .. context.Conditions.Select(c => (module, c))], seen);
        }

        foreach (var (call, context) in module.Calls.Where(c => c.Context.Scope is null && c.Call.Name is "urlpatterns.append" or "urlpatterns.extend" or "urlpatterns.insert"))
        {
            Patterns(module, call.Positional.LastOrDefault(), prefix, [.. conditions, .. context.Conditions.Select(c => (module, c))], seen);
        }

        seen.Remove(module);
    }

    private void Patterns(PyModule module, PyExpr? expr, string prefix, List<(PyModule, PyCondition)> conditions, HashSet<PyModule> seen)
    {
        switch (expr)
        {
            case PySequence sequence:
                foreach (var item in sequence.Items)
                {
                    Patterns(module, item, prefix, conditions, seen);
                }

                break;
            case PyBinary { Operator: "+" } sum:
                Patterns(module, sum.Left, prefix, conditions, seen);
                Patterns(module, sum.Right, prefix, conditions, seen);
                break;
            case PyName { Dotted: var dotted } when dotted.EndsWith(".urls", StringComparison.Ordinal) && _routers.Find(module, dotted[..^5]) is { } router:
                RouterRoutes(router, prefix, conditions);
                break;
            case PyName name when app.Workspace.Resolve(module, name.Dotted) is { Assignment.Value: var value } symbol && value is PySequence or PyBinary:
                Patterns(symbol.Module, value, prefix, conditions, seen);
                break;
            case PyCall { LastName: "path" or "re_path" or "url" } pattern:
                Pattern(module, pattern, prefix, conditions, seen);
                break;
            case PyCall { LastName: "format_suffix_patterns" or "i18n_patterns" } wrapper:
                Patterns(module, wrapper.Positional.FirstOrDefault(), prefix, conditions, seen);
                break;
        }
    }

    private void Pattern(PyModule module, PyCall pattern, string prefix, List<(PyModule, PyCondition)> conditions, HashSet<PyModule> seen)
    {
        var route = app.PathPiece(module, pattern.Arg(0, "route"));
        if (pattern.LastName is "re_path" or "url")
        {
            route = route.TrimStart('^').TrimEnd('$');
        }

        var full = prefix + route;
        var view = pattern.Arg(1, "view");
        if (view is PyCall { LastName: "include" } include)
        {
            var arg = include.Positional.FirstOrDefault();
            if (arg is PyName { Dotted: var urls } && urls.EndsWith(".urls", StringComparison.Ordinal) && _routers.Find(module, urls[..^5]) is { } router)
            {
                RouterRoutes(router, full, conditions);
            }
            else if (arg is PySequence { Bracket: '[' } inline)
            {
                Patterns(module, inline, full, conditions, seen);
            }
            else if (arg is not null && IncludedModule(module, arg) is { } included)
            {
                Walk(included, full, conditions, seen);
            }
            else if (arg is PyName listName && app.Workspace.Resolve(module, listName.Dotted) is { Assignment.Value: PySequence list } symbol)
            {
                Patterns(symbol.Module, list, full, conditions, seen);
            }

            return;
        }

        if (view?.DottedName is { } admin && admin.EndsWith("site.urls", StringComparison.Ordinal))
        {
            var location = PythonApp.At(module, pattern.Line);
            var evidence = new List<AuthEvidence> { new(AuthEffect.Requires, $"`{admin}`: the Django admin requires a staff login", location) };
            app.Routes.Add(app.Route(RouteFramework.Django, RouteKind.View, ["*"], full, admin, location, evidence, HandlerFacts.Empty, module.Path, new AuthRequirement { Roles = ["staff"] }));
            return;
        }

        var wrappers = new List<(PyModule, PyExpr)>();
        var target = view;
        while (target is PyCall call && !(call.Name?.EndsWith(".as_view", StringComparison.Ordinal) ?? false))
        {
            if (call.Name is not null)
            {
                wrappers.Add((module, call));
            }

            target = call.Positional.FirstOrDefault();
        }

        var (resolved, actionMethods) = target switch
        {
            PyCall asView => (app.Workspace.Resolve(module, asView.Name![..^".as_view".Length]), (asView.Positional.FirstOrDefault() as PyDict)?.Entries.Select(e => (e.Key as PyString)?.Value.ToUpperInvariant()).OfType<string>().ToList()),
            PyName name => (app.Workspace.Resolve(module, name.Dotted), null),
            _ => (null, null),
        };
        if (resolved?.Definition is not { } definition)
        {
            var location = PythonApp.At(module, pattern.Line);
            var shown = view is null ? "?" : PyExprParser.Text(module.Tokens, view.Start, view.End);
            app.Routes.Add(app.Route(RouteFramework.Django, RouteKind.View, ["*"], full, shown, location, [], HandlerFacts.Empty, module.Path, unknownReason: $"view `{shown}` is not defined in the source"));
            return;
        }

        Emit(new DjangoView(resolved.Module, definition, wrappers) { ActionMethods = actionMethods }, full, module.Path, conditions, definition.Name, null, null, null);
    }

    private void RouterRoutes(DrfRouter router, string prefix, List<(PyModule, PyCondition)> conditions)
    {
        foreach (var route in _routers.Routes(router))
        {
            Emit(route.View, prefix + route.Path, $"{route.View.Module.Path}:{route.View.Definition.Name}", conditions, route.Handler, route.Methods, route.Action, route.Line);
        }
    }

    /// <summary>One route, or two when safe and unsafe methods get different auth (IsAuthenticatedOrReadOnly).</summary>
    private void Emit(DjangoView view, string path, string group, List<(PyModule Module, PyCondition Condition)> conditions, string handler, IReadOnlyList<string>? methods, PyCall? action, int? line)
    {
        var result = _auth.Evaluate(view, methods, action);
        var all = result.Methods;
        var safe = all.Where(SafeMethods.Contains).ToList();
        var parts = new List<DjangoViewAuth.Result> { result };
        if (safe.Count > 0 && safe.Count < all.Count && all[0] != "*")
        {
            var read = _auth.Evaluate(view, safe, action);
            var write = _auth.Evaluate(view, all.Except(safe).ToList(), action);
            if (State(read) != State(write))
            {
                parts = [read, write];
            }
        }

        var definition = view.Definition;
        var location = PythonApp.At(view.Module, line ?? definition.Line);
        var facts = PythonApp.Facts(view.Module, definition);
        foreach (var part in parts)
        {
            var evidence = new List<AuthEvidence>();
            var developmentOnly = false;
            foreach (var (module, condition) in conditions.Where(c => !c.Condition.IsLoop))
            {
                var dev = PythonApp.IsDevelopmentCondition(condition);
                developmentOnly |= dev;
                evidence.Add(new AuthEvidence(AuthEffect.Note, dev ? $"routed only in development (`{condition.Text}`)" : $"routed only when `{condition.Text}`", PythonApp.At(module, condition.Line)));
            }

            evidence.AddRange(part.Evidence);
            var last = definition.IsClass ? view.Module.Tokens[Math.Max(definition.BodyEnd - 1, definition.Statement.Start)].Line : view.Module.Tokens[definition.Statement.End - 1].Line;
            evidence.AddRange(app.Comments.Check(view.Module, definition.FirstLine, last, $"{string.Join('|', part.Methods)} {path}", RouteFramework.Django));
            app.Routes.Add(app.Route(RouteFramework.Django, RouteKind.View, part.Methods, path, parts.Count > 1 ? HandlerFor(handler, part.Methods) : handler, location, evidence, facts, group, part.Requirement, part.UnknownReason, developmentOnly));
        }
    }

    /// <summary><c>ArticleViewSet.list/create</c> split by method: <c>ArticleViewSet.list</c> for GET.</summary>
    private static string HandlerFor(string handler, IReadOnlyList<string> methods)
    {
        var dot = handler.LastIndexOf('.');
        if (dot < 0 || !handler.Contains('/', StringComparison.Ordinal))
        {
            return handler;
        }

        var actions = handler[(dot + 1)..].Split('/').Where(a => methods.Contains(DrfRouters.MethodOf(a))).ToList();
        return actions.Count == 0 ? handler : $"{handler[..dot]}.{string.Join('/', actions)}";
    }

    private static AuthState State(DjangoViewAuth.Result result) =>
        result.UnknownReason is not null ? AuthState.Unknown
        : result.Evidence.Any(e => e.Effect == AuthEffect.Requires) ? AuthState.Required
        : result.Evidence.Any(e => e.Effect == AuthEffect.AllowsAnonymous) ? AuthState.Anonymous
        : AuthState.None;
}
