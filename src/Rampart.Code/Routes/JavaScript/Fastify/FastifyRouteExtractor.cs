using Rampart.Code.Lexing.JavaScript;
using Rampart.Code.Routes.Model;

namespace Rampart.Code.Routes.JavaScript.Fastify;

/// <summary>
/// Fastify routes: <c>get/post/.../all(path, [opts], handler)</c> and <c>route({ method, url, handler })</c>
/// on the root instance or a plugin's instance, plugins registered with <c>register(plugin, { prefix })</c>
/// across files. Encapsulation decides auth: a hook added with <c>addHook('onRequest', ...)</c> covers
/// every route of its plugin and of the plugins it registers (in any order: Fastify loads child plugins
/// after the parent's body), never the parent's; a plugin wrapped in <c>fastify-plugin</c> is not
/// encapsulated, so its hooks and routes belong to the parent. Route options
/// (<c>onRequest/preParsing/preValidation/preHandler</c>), <c>decorate('authenticate', fn)</c> bodies,
/// <c>@fastify/auth</c> and <c>request.jwtVerify()</c> in handlers count as auth.
/// </summary>
internal sealed class FastifyRouteExtractor
{
    private static readonly Dictionary<string, string> Verbs = new(StringComparer.Ordinal)
    {
        ["get"] = "GET", ["post"] = "POST", ["put"] = "PUT", ["patch"] = "PATCH", ["delete"] = "DELETE", ["head"] = "HEAD", ["options"] = "OPTIONS", ["all"] = "*",
    };

    private static readonly HashSet<string> CallNames = new(StringComparer.Ordinal) { "route", "addHook", "register", "decorate" };

    private static readonly HashSet<string> RequestHooks = new(StringComparer.Ordinal) { "onRequest", "preParsing", "preValidation", "preHandler" };

    private readonly JsWorkspace _workspace;
    private readonly JsMiddlewareClassifier _classifier;
    private readonly Dictionary<string, FastifyScope> _scopes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (JsFile File, (int Start, int End) Item)> _decorators = new(StringComparer.Ordinal);
    private readonly List<(JsFile File, JsCommentedAuth.Span Span)> _routes = [];
    private readonly FastifyHookJudge _hooks;

    private FastifyRouteExtractor(JsWorkspace workspace, JsMiddlewareClassifier classifier)
    {
        _workspace = workspace;
        _classifier = classifier;
        _hooks = new FastifyHookJudge(workspace, classifier, _decorators);
    }

    public static RouteInventory Extract(JsWorkspace workspace, JsMiddlewareClassifier classifier)
    {
        var extractor = new FastifyRouteExtractor(workspace, classifier);
        foreach (var file in workspace.Files.Where(f => workspace.ProjectUses(f.Project, "fastify")))
        {
            extractor.Read(file);
        }

        extractor.Build();
        var problems = extractor._routes.GroupBy(r => r.File.Path)
            .SelectMany(g => JsCommentedAuth.Find(g.First().File, g.Select(r => r.Span).ToList(), classifier.Vocabulary, RouteFramework.Fastify))
            .ToList();
        return new RouteInventory(extractor._routes.Select(r => r.Span.Route).ToList(), problems);
    }

    private void Read(JsFile file)
    {
        var s = file.Syntax;
        var functions = new List<JsFunction>();
        for (var i = 0; i < s.Count; i++)
        {
            if ((s.Is(i, "function") || s.Is(i, "(") || s.IsIdentifier(i) && s.Is(i + 1, "=>")) && JsExpressions.FunctionAt(s, i) is { HasBlockBody: true, Parameters.Count: > 0 } function)
            {
                functions.Add(function);
            }
        }

        for (var i = 0; i + 3 < s.Count; i++)
        {
            if (!s.IsIdentifier(i) || s.Is(i - 1, ".") || s.Is(i - 1, "?.") || !s.Is(i + 1, ".") || !s.IsIdentifier(i + 2) || !s.Is(i + 3, "("))
            {
                continue;
            }

            var method = s[i + 2].Text;
            if ((Verbs.ContainsKey(method) || CallNames.Contains(method)) && ScopeOf(file, functions, i) is { } scope)
            {
                scope.Calls.Add(i + 2);
                if (method == "decorate" && s.Items(i + 3) is { Count: 2 } items && s.StringAt(items[0].Start, items[0].End) is { } name)
                {
                    _decorators.TryAdd(name, (file, items[1]));
                }
            }
        }
    }

    /// <summary>The scope a receiver stands for: a root instance declared in the file, or the first parameter of the innermost function around it that has it.</summary>
    private FastifyScope? ScopeOf(JsFile file, List<JsFunction> functions, int receiver)
    {
        var s = file.Syntax;
        var name = s[receiver].Text;
        var owner = functions.Where(f => f.BodyStart < receiver && receiver < f.BodyEnd && f.Parameters.Contains(name)).MaxBy(f => f.BodyStart);
        if (owner is not null)
        {
            return owner.Parameters[0] == name ? Scope(KeyOf(file, owner), file, name, isRoot: false, $"{file.Path}#{owner.Name ?? "plugin@" + s[owner.Start].Line}") : null;
        }

        return file.Module.Declarations.TryGetValue(name, out var declaration) && IsRoot(file, declaration.InitStart) ? Scope($"{file.Path}#{name}", file, name, isRoot: true, $"{file.Path}#{name}") : null;
    }

    private FastifyScope Scope(string key, JsFile file, string name, bool isRoot, string group)
    {
        if (!_scopes.TryGetValue(key, out var scope))
        {
            _scopes[key] = scope = new FastifyScope(key, file, name, isRoot) { Group = group };
        }

        return scope;
    }

    /// <summary><c>Fastify()</c>, <c>fastify({ logger: true })</c>, <c>require('fastify')()</c>, <c>await buildApp()</c> is not one.</summary>
    private static bool IsRoot(JsFile file, int i)
    {
        var s = file.Syntax;
        if (file.Module.RequireAt(i) is { Spec: "fastify", End: var end } && s.Is(end, "("))
        {
            return true;
        }

        return s.IsIdentifier(i) && s.Is(i + 1, "(") && file.Module.Imports.TryGetValue(s[i].Text, out var import) && import.Specifier == "fastify" && import.ExportName is "default" or "fastify" or "Fastify";
    }

    private static string KeyOf(JsFile file, JsFunction function) => $"{file.Path}#{file.Syntax[function.BodyStart].Line}:{function.BodyStart}";

    /// <summary>The plugin a <c>register</c> argument loads, and whether <c>fastify-plugin</c> lifts it out of encapsulation.</summary>
    private (FastifyScope Scope, bool Encapsulated)? Plugin(JsFile file, int start, int end, int depth = 0)
    {
        var s = file.Syntax;
        if (depth > 6 || end <= start)
        {
            return null;
        }

        if (JsExpressions.FunctionAt(s, start) is { } function && function.BodyEnd >= end)
        {
            return _scopes.TryGetValue(KeyOf(file, function), out var scope) ? (scope, true) : null;
        }

        if (s.IsIdentifier(start) && s.Is(start + 1, "(") && s.Partner(start + 1) == end - 1)
        {
            var callee = s[start].Text;
            if (callee is "import" or "require" && s.StringAt(start + 2, start + 3) is { } spec)
            {
                return _workspace.Resolve(file, spec) is { } target && _workspace.ResolveExport(target, "default") is { } exported ? Plugin(exported, depth) : null;
            }

            // `fp(async (fastify) => { ... })`: fastify-plugin shares the parent's context.
            var fp = file.Module.Imports.TryGetValue(callee, out var import) ? import.Specifier == "fastify-plugin" : callee is "fp" or "fastifyPlugin";
            if (fp && s.Items(start + 1) is { Count: > 0 } args && Plugin(file, args[0].Start, args[0].End, depth + 1) is { } inner)
            {
                return (inner.Scope, false);
            }

            return null;
        }

        if (end == start + 1 && s.IsIdentifier(start) && _workspace.ResolveName(file, s[start].Text) is { } value)
        {
            return Plugin(value, depth);
        }

        return end == start + 3 && s.Is(start + 1, ".") && _workspace.ResolveMember(file, s[start].Text, s[start + 2].Text) is { } member ? Plugin(member, depth) : null;
    }

    private (FastifyScope Scope, bool Encapsulated)? Plugin(JsValue value, int depth) =>
        value.Function is { } function ? (_scopes.TryGetValue(KeyOf(value.File, function), out var scope) ? (scope, true) : null) : Plugin(value.File, value.Start, value.End, depth + 1);

    private void Build()
    {
        foreach (var scope in _scopes.Values)
        {
            foreach (var call in scope.Calls.Where(c => scope.File.Syntax[c].Text == "register"))
            {
                if (Register(scope, call) is { } child)
                {
                    child.Scope.Registered = true;
                }
            }
        }

        foreach (var scope in _scopes.Values.Where(s => !s.Registered).OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            var unknown = scope.IsRoot ? null : $"plugin `{scope.Name}` ({scope.File.Path}:{scope.File.Syntax[scope.Calls.FirstOrDefault()].Line}) is not registered by a Fastify app in the scan: its prefix and hooks are unknown";
            Walk(scope, "", [], unknown, [scope.Key]);
        }
    }

    private (FastifyScope Scope, bool Encapsulated, string Prefix)? Register(FastifyScope scope, int call)
    {
        var s = scope.File.Syntax;
        var items = s.Items(call + 1);
        if (items.Count == 0 || Plugin(scope.File, items[0].Start, items[0].End) is not { } plugin)
        {
            return null;
        }

        var prefix = items.Count > 1 && s.Is(items[1].Start, "{") ? Property(s, items[1].Start, "prefix") is { } p ? s.StringAt(p.Start, p.End) : null : null;
        return (plugin.Scope, plugin.Encapsulated, prefix ?? "");
    }

    /// <summary>The calls of a scope with those of the fastify-plugin children it registers folded in (they share its context).</summary>
    private List<(FastifyScope Scope, int Call)> Effective(FastifyScope scope, HashSet<string> stack)
    {
        var calls = new List<(FastifyScope, int)>();
        foreach (var call in scope.Calls)
        {
            calls.Add((scope, call));
            if (scope.File.Syntax[call].Text == "register" && Register(scope, call) is { Encapsulated: false } child && stack.Add(child.Scope.Key))
            {
                calls.AddRange(Effective(child.Scope, stack));
            }
        }

        return calls;
    }

    private void Walk(FastifyScope scope, string prefix, List<JsAuthVerdict> inherited, string? unknown, HashSet<string> stack)
    {
        var calls = Effective(scope, [scope.Key]);
        var hooks = new List<JsAuthVerdict>(inherited);
        foreach (var (owner, call) in calls.Where(c => c.Scope.File.Syntax[c.Call].Text == "addHook"))
        {
            var s = owner.File.Syntax;
            var items = s.Items(call + 1);
            if (items.Count == 2 && s.StringAt(items[0].Start, items[0].End) is { } hook && RequestHooks.Contains(hook))
            {
                hooks.AddRange(_hooks.Verdicts(owner.File, items[1]).Select(v => v with { Description = $"{v.Description} as an `{hook}` hook added by `{s.TextOf(call - 2, call + 1)}(...)` at {owner.File.Path}:{s[call].Line}" }));
            }
        }

        foreach (var (owner, call) in calls)
        {
            var s = owner.File.Syntax;
            var method = s[call].Text;
            if (method == "register" && Register(owner, call) is { Encapsulated: true } child && stack.Add(child.Scope.Key))
            {
                var full = ExpressJoin(prefix, child.Prefix);
                var note = new JsAuthVerdict(AuthEffect.Note, $"registered under `{full}` by `{s.TextOf(call - 2, call + 1)}(...)`", owner.File.At(call));
                Walk(child.Scope, full, [.. hooks, note], unknown, stack);
                stack.Remove(child.Scope.Key);
            }
            else if (Verbs.ContainsKey(method) || method == "route")
            {
                Route(owner, call, prefix, hooks, unknown);
            }
        }
    }

    private void Route(FastifyScope scope, int call, string prefix, List<JsAuthVerdict> hooks, string? unknown)
    {
        var file = scope.File;
        var s = file.Syntax;
        var items = s.Items(call + 1);
        (int Start, int End)? options = null;
        (int Start, int End)? handler = null;
        List<string> methods;
        string? path;
        if (s[call].Text == "route")
        {
            if (items.Count != 1 || !s.Is(items[0].Start, "{"))
            {
                return;
            }

            options = items[0];
            var method = Property(s, items[0].Start, "method");
            methods = method is not { } m ? ["*"] : s.Is(m.Start, "[") ? s.Items(m.Start).Select(i => s.StringAt(i.Start, i.End)?.ToUpperInvariant()).OfType<string>().ToList() : [s.StringAt(m.Start, m.End)?.ToUpperInvariant() ?? "*"];
            path = (Property(s, items[0].Start, "url") ?? Property(s, items[0].Start, "path")) is { } u ? s.StringAt(u.Start, u.End) : null;
            handler = Property(s, items[0].Start, "handler");
        }
        else
        {
            if (items.Count < 2 || s.StringAt(items[0].Start, items[0].End) is not { } literal)
            {
                return;
            }

            methods = [Verbs[s[call].Text]];
            path = literal;
            if (s.Is(items[1].Start, "{"))
            {
                options = items[1];
            }

            handler = items.Count > 2 ? items[^1] : options is { } o ? Property(s, o.Start, "handler") : items[1];
        }

        if (path is null)
        {
            return;
        }

        var verdicts = new List<JsAuthVerdict>(hooks);
        if (options is { } opts)
        {
            foreach (var hook in RequestHooks)
            {
                if (Property(s, opts.Start, hook) is { } value)
                {
                    verdicts.AddRange(_hooks.Verdicts(file, value).Select(v => v with { Description = $"{v.Description} in the route's `{hook}`" }));
                }
            }
        }

        var (name, facts) = Handler(file, handler, verdicts);
        var full = ExpressJoin(prefix, path);
        var route = JsRoutes.Create(verdicts, unknown) with
        {
            Methods = methods,
            Path = full,
            Framework = RouteFramework.Fastify,
            Kind = RouteKind.Handler,
            Handler = name,
            Location = file.At(call),
            Project = file.Project,
            SiblingGroup = scope.Group,
        };
        route = route with { Sensitivity = RouteSensitivityClassifier.Classify(route.Methods, full, name, facts) };
        _routes.Add((file, new JsCommentedAuth.Span(s[call - 2].Line, s[s.Partner(call + 1)].Line, route)));
    }

    private (string Name, HandlerFacts Facts) Handler(JsFile file, (int Start, int End)? item, List<JsAuthVerdict> verdicts)
    {
        if (item is not { } range)
        {
            return ("?", HandlerFacts.Empty);
        }

        var s = file.Syntax;
        var (target, function, name) = JsExpressions.FunctionAt(s, range.Start) is { } inline && inline.BodyEnd >= range.End
            ? (file, inline, inline.Name ?? "lambda")
            : (range.End == range.Start + 1 && _workspace.ResolveName(file, s[range.Start].Text) is { Function: { } named } value ? value.File : file,
               range.End == range.Start + 1 ? _workspace.ResolveName(file, s[range.Start].Text)?.Function : null,
               s.DottedNameAt(range.Start, range.End) ?? s.TextOf(range.Start, range.End));
        if (function is null)
        {
            return (name, HandlerFacts.Empty);
        }

        if (!verdicts.Any(v => v.Effect == AuthEffect.Requires) && JsBodyCheck.Find(target.Syntax, function.BodyStart, function.BodyEnd, _classifier.Vocabulary) is { } check && !FastifyHookJudge.Swallowed(target.Syntax, check.Index))
        {
            verdicts.Add(new JsAuthVerdict(AuthEffect.Requires, check.Description, target.At(check.Index)));
        }

        return (name, JsRoutes.Facts(target.Syntax, function.BodyStart, function.BodyEnd));
    }

    /// <summary>The value range of a property of the object literal opening at <paramref name="open"/> (shorthand included).</summary>
    internal static (int Start, int End)? Property(JsSyntax s, int open, string name)
    {
        foreach (var (start, end) in s.Items(open))
        {
            if (s.Is(start, name) && s.Is(start + 1, ":"))
            {
                return (start + 2, end);
            }

            if (s.Is(start, name) && end == start + 1)
            {
                // Shorthand `{ handler }`: the value is the name itself.
                return (start, end);
            }
        }

        return null;
    }

    private static string ExpressJoin(string prefix, string path) => Express.ExpressRouteBuilder.Join(prefix, path);
}
