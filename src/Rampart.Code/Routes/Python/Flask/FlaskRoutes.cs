using Rampart.Code.Lexing.Python.Syntax;
using Rampart.Code.Routes.Model;

namespace Rampart.Code.Routes.Python.Flask;

/// <summary>
/// Flask routes: <c>@app.route</c>/<c>@bp.route</c> and the method shortcuts, <c>add_url_rule</c>,
/// blueprints with <c>url_prefix</c> (at <c>Blueprint()</c> or overridden at <c>register_blueprint</c>,
/// nested blueprints too), auth decorators in the right order, and <c>before_request</c> hooks of the
/// app or blueprint that reject anonymous requests (with the endpoints they exempt).
/// </summary>
internal sealed class FlaskRoutes(PythonApp app)
{
    private static readonly string[] Shortcuts = ["get", "post", "put", "patch", "delete"];

    private readonly Dictionary<(string Path, string Name), FlaskObject> _objects = [];
    private readonly FlaskAuth _auth = new(app);

    public void Extract()
    {
        var modules = app.Workspace.Modules.ToList();
        foreach (var module in modules)
        {
            foreach (var (assignment, _) in module.Assignments)
            {
                if (assignment.Value is PyCall { LastName: "Flask" or "APIFlask" or "Blueprint" or "APIBlueprint" } call)
                {
                    _objects.TryAdd((module.Path, assignment.Target), new FlaskObject(module, assignment.Target, call));
                }
            }
        }

        if (_objects.Count == 0)
        {
            return;
        }

        foreach (var module in modules)
        {
            ReadHooksAndRegistrations(module);
        }

        foreach (var module in modules)
        {
            foreach (var definition in module.Definitions.Where(d => !d.IsClass))
            {
                for (var i = 0; i < definition.Decorators.Count; i++)
                {
                    var decorator = definition.Decorators[i];
                    if (decorator.Call is { Name: { } name } call && name.LastIndexOf('.') is var dot && dot > 0
                        && name[(dot + 1)..] is var verb && (verb == "route" || Shortcuts.Contains(verb)) && Object(module, name[..dot]) is { } owner)
                    {
                        var methods = verb == "route" ? app.Methods(module, call.Keyword("methods")) ?? ["GET"] : [verb.ToUpperInvariant()];
                        AddRoutes(owner, module, definition, i, methods, app.PathPiece(module, call.Arg(0, "rule")), decorator.Line, []);
                    }
                }
            }

            foreach (var (call, _) in module.Calls.Where(c => c.Call.Name?.EndsWith(".add_url_rule", StringComparison.Ordinal) == true))
            {
                AddUrlRule(module, call);
            }
        }
    }

    private void ReadHooksAndRegistrations(PyModule module)
    {
        foreach (var definition in module.Definitions.Where(d => !d.IsClass))
        {
            foreach (var decorator in definition.Decorators)
            {
                if (decorator.Name is { } name && HookOwner(module, name) is var (owner, appWide) && owner is not null)
                {
                    owner.Hooks.Add((module, definition, decorator.Line, appWide));
                }
            }
        }

        foreach (var (call, context) in module.Calls)
        {
            if (call.Name is not { } name)
            {
                continue;
            }

            if (name.EndsWith(".register_blueprint", StringComparison.Ordinal) && Object(module, name[..^".register_blueprint".Length]) is { } parent
                && call.Arg(0, "blueprint")?.DottedName is { } childName && Object(module, childName) is { } child)
            {
                child.RegisteredIn.Add((parent, call, module, context));
            }
            else if (HookOwner(module, name) is var (owner, appWide) && owner is not null && call.Positional.FirstOrDefault()?.DottedName is { } hookName
                && app.Workspace.Resolve(module, hookName) is { Definition: { IsClass: false } hook } symbol)
            {
                owner.Hooks.Add((symbol.Module, hook, call.Line, appWide));
            }
        }
    }

    private (FlaskObject? Owner, bool AppWide) HookOwner(PyModule module, string dotted)
    {
        var dot = dotted.LastIndexOf('.');
        return dot > 0 && dotted[(dot + 1)..] is "before_request" or "before_app_request" ? (Object(module, dotted[..dot]), dotted.EndsWith("before_app_request", StringComparison.Ordinal)) : (null, false);
    }

    private FlaskObject? Object(PyModule module, string dotted)
    {
        if (_objects.TryGetValue((module.Path, dotted), out var local))
        {
            return local;
        }

        var symbol = app.Workspace.Resolve(module, dotted);
        return symbol is null ? null : _objects.GetValueOrDefault((symbol.Module.Path, symbol.Name.Split('.')[^1]));
    }

    private void AddUrlRule(PyModule module, PyCall call)
    {
        var owner = Object(module, call.Name![..^".add_url_rule".Length]);
        var view = call.Arg(2, "view_func");
        if (owner is null || view is null)
        {
            return;
        }

        var target = view is PyCall { Name: { } asView } && asView.EndsWith(".as_view", StringComparison.Ordinal) ? asView[..^".as_view".Length] : view.DottedName;
        var symbol = target is null ? null : app.Workspace.Resolve(module, target);
        if (symbol?.Definition is not { } definition)
        {
            return;
        }

        var methods = app.Methods(module, call.Keyword("methods"))
            ?? (definition.IsClass ? symbol.Module.Definitions.Where(d => d.Owner == definition && Shortcuts.Contains(d.Name)).Select(d => d.Name.ToUpperInvariant()).ToList() : ["GET"]);
        var classDecorators = definition.IsClass ? symbol.Module.Assignments.LastOrDefault(a => a.Context.Scope == definition && a.Assignment.Target == "decorators").Assignment?.Value as PySequence : null;
        AddRoutes(owner, symbol.Module, definition, -1, methods.Count == 0 ? ["GET"] : methods, app.PathPiece(module, call.Arg(0, "rule")), call.Line, classDecorators?.Items ?? [], module);
    }

    private void AddRoutes(FlaskObject owner, PyModule module, PyDefinition view, int routeIndex, IReadOnlyList<string> methods, string rule, int line, IReadOnlyList<PyExpr> extraDecorators, PyModule? declaredIn = null)
    {
        var location = PythonApp.At(declaredIn ?? module, line);
        var facts = PythonApp.Facts(module, view);
        var mounts = Mounts(owner, []);
        if (mounts.Count == 0)
        {
            var prefix = app.PathPiece(owner.Module, owner.Constructor.Keyword("url_prefix"));
            app.Routes.Add(app.Route(RouteFramework.Flask, RouteKind.Handler, methods, Join(prefix, rule), view.Name, location, [], facts, owner.Group, unknownReason: $"blueprint `{owner.Name}` is not registered on any Flask app in the source"));
            return;
        }

        foreach (var mount in mounts)
        {
            var path = Join(mount.Prefix, rule);
            var evidence = new List<AuthEvidence>();
            var developmentOnly = false;
            foreach (var (conditionModule, condition) in mount.Conditions)
            {
                var dev = PythonApp.IsDevelopmentCondition(condition);
                developmentOnly |= dev;
                evidence.Add(new AuthEvidence(AuthEffect.Note, dev ? $"registered only in development (`{condition.Text}`)" : $"registered only when `{condition.Text}`", PythonApp.At(conditionModule, condition.Line)));
            }

            var endpoint = owner.IsApp ? view.Name : $"{app.StringValue(owner.Module, owner.Constructor.Positional.FirstOrDefault()) ?? owner.Name}.{view.Name}";
            foreach (var hook in mount.Hooks)
            {
                evidence.AddRange(_auth.Hook(hook.Module, hook.Hook, hook.Line, endpoint, view.Name, path));
            }

            var requirement = _auth.Decorators(module, view, routeIndex, extraDecorators, evidence);
            evidence.AddRange(app.Comments.Check(module, view.FirstLine, view.Statement.Line, $"{string.Join('|', methods)} {path}", RouteFramework.Flask));
            app.Routes.Add(app.Route(RouteFramework.Flask, RouteKind.Handler, methods, path, view.Name, location, evidence, facts, owner.Group, requirement, developmentOnly: developmentOnly));
        }
    }

    /// <summary>Flask joins a prefix and a rule with exactly one '/'.</summary>
    private static string Join(string prefix, string rule) =>
        prefix.Length == 0 ? rule : rule.Length == 0 ? prefix : prefix.TrimEnd('/') + "/" + rule.TrimStart('/');

    private List<(string Prefix, List<(PyModule Module, PyDefinition Hook, int Line)> Hooks, List<(PyModule, PyCondition)> Conditions)> Mounts(FlaskObject owner, HashSet<FlaskObject> seen)
    {
        if (owner.IsApp)
        {
            var appWide = _objects.Values.Where(o => !o.IsApp).SelectMany(o => o.Hooks.Where(h => h.AppWide)).Select(h => (h.Module, h.Hook, h.Line));
            return [("", owner.Hooks.Select(h => (h.Module, h.Hook, h.Line)).Concat(appWide).ToList(), [])];
        }

        if (!seen.Add(owner))
        {
            return [];
        }

        var mounts = new List<(string, List<(PyModule, PyDefinition, int)>, List<(PyModule, PyCondition)>)>();
        foreach (var (parent, call, module, context) in owner.RegisteredIn)
        {
            var prefix = call.Keyword("url_prefix") is { } overridden ? app.PathPiece(module, overridden) : app.PathPiece(owner.Module, owner.Constructor.Keyword("url_prefix"));
            foreach (var (parentPrefix, parentHooks, parentConditions) in Mounts(parent, seen))
            {
                var hooks = parentHooks.Concat(owner.Hooks.Where(h => !h.AppWide).Select(h => (h.Module, h.Hook, h.Line))).ToList();
                var conditions = parentConditions.Concat(context.Conditions.Where(c => !c.IsLoop).Select(c => (module, c))).ToList();
                mounts.Add((Join(parentPrefix, prefix), hooks, conditions));
            }
        }

        seen.Remove(owner);
        return mounts;
    }
}
