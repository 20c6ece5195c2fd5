using Rampart.Code.Lexing.JavaScript;
using Rampart.Code.Routes.Model;

namespace Rampart.Code.Routes.JavaScript.Express;

/// <summary>
/// Finds Express apps and routers and the calls made on them, over tokens: <c>x.get(path, ...)</c>
/// and the other verbs, <c>x.use(...)</c>, and <c>x.route(path).get(...).post(...)</c> chains.
/// A receiver counts when it is created by <c>express()</c>/<c>Router()</c> (here or in an imported
/// file) or, undeclared, is named like one (<c>app</c>, <c>router</c>, <c>usersRouter</c>).
/// </summary>
internal sealed class ExpressRegistrationReader(JsWorkspace workspace)
{
    private static readonly Dictionary<string, string> Verbs = new(StringComparer.Ordinal)
    {
        ["get"] = "GET", ["post"] = "POST", ["put"] = "PUT", ["patch"] = "PATCH", ["delete"] = "DELETE", ["del"] = "DELETE", ["all"] = "*", ["options"] = "OPTIONS", ["head"] = "HEAD",
    };

    private static readonly HashSet<string> LoopCalls = new(StringComparer.Ordinal) { "forEach", "map", "flatMap", "for", "while", "reduce" };

    public Dictionary<string, ExpressRouter> Routers { get; } = new(StringComparer.Ordinal);

    public void Read(JsFile file)
    {
        var s = file.Syntax;
        for (var i = 0; i < s.Count - 3; i++)
        {
            if (!s.IsIdentifier(i) || s.Is(i - 1, ".") || s.Is(i - 1, "?.") || !s.Is(i + 1, ".") || !s.IsIdentifier(i + 2) || !s.Is(i + 3, "("))
            {
                continue;
            }

            var method = s[i + 2].Text;
            if (method != "use" && method != "route" && !Verbs.ContainsKey(method))
            {
                continue;
            }

            if (RouterFor(file, s[i].Text) is { } router)
            {
                ReadChain(file, router, i + 1);
            }
        }
    }

    /// <summary>What created a router: its framework, whether it is an app, its own prefix.</summary>
    public readonly record struct RouterKind(RouteFramework Framework, bool IsApp, string Prefix);

    private static readonly HashSet<string> KoaRouterPackages = new(StringComparer.Ordinal) { "@koa/router", "koa-router" };

    /// <summary>The router a receiver name stands for, or null when it is not one.</summary>
    public ExpressRouter? RouterFor(JsFile file, string name)
    {
        var value = workspace.ResolveName(file, name);
        if (value is not null)
        {
            return KindOf(value) is { } kind ? Router(value.File, value.Name, kind) : null;
        }

        if (file.Module.Imports.ContainsKey(name) || !(name is "app" or "router" or "server" || name.EndsWith("Router", StringComparison.Ordinal)))
        {
            return null;
        }

        // An undeclared `app` parameter belongs to the framework the project uses; Fastify's are read by its own extractor.
        var uses = (string package) => workspace.ProjectUses(file.Project, package);
        RouteFramework? framework = uses("express") ? RouteFramework.Express
            : uses("koa") || uses("@koa/router") || uses("koa-router") ? RouteFramework.Koa
            : uses("hono") ? RouteFramework.Hono
            : uses("fastify") ? null
            : RouteFramework.Express;
        return framework is { } known ? Router(file, name, new RouterKind(known, name is "app" or "server" || known == RouteFramework.Hono, "")) : null;
    }

    public ExpressRouter Router(JsFile file, string name, RouterKind kind)
    {
        var key = $"{file.Path}#{name}";
        if (!Routers.TryGetValue(key, out var router))
        {
            Routers[key] = router = new ExpressRouter(key, file, name, kind.IsApp) { Framework = kind.Framework, Prefix = kind.Prefix };
        }

        return router;
    }

    /// <summary>
    /// <c>express()</c>, <c>express.Router()</c>, <c>Router()</c>, <c>require('express').Router()</c>;
    /// Koa's <c>new Koa()</c> and <c>new Router({ prefix })</c> of @koa/router or koa-router;
    /// Hono's <c>new Hono()</c> with an optional <c>.basePath('/api')</c>. Null for anything else.
    /// </summary>
    public static RouterKind? KindOf(JsValue value)
    {
        var s = value.File.Syntax;
        if (value.Function is not null || value.End <= value.Start)
        {
            return null;
        }

        var i = value.Start;
        var created = s.Is(i, "new") ? i + 1 : i;
        if (s.IsIdentifier(created) && s.Is(created + 1, "("))
        {
            var callee = s[created].Text;
            var package = value.File.Module.Imports.TryGetValue(callee, out var import) ? import.Specifier : null;
            var options = s.Items(created + 1);
            if (package is not null && KoaRouterPackages.Contains(package) || package is null && callee == "Router" && s.Is(i, "new") && ProjectImportsKoa(value.File))
            {
                var prefix = options.Count > 0 && s.Is(options[0].Start, "{") ? Property(s, options[0].Start, "prefix") : null;
                return new RouterKind(RouteFramework.Koa, false, prefix ?? "");
            }

            if (package == "koa" || package is null && callee == "Koa")
            {
                return new RouterKind(RouteFramework.Koa, true, "");
            }

            if (package is "hono" or "@hono/zod-openapi" || package is null && callee is "Hono" or "OpenAPIHono")
            {
                var after = s.Partner(created + 1) + 1;
                var basePath = s.Is(after, ".") && s.Is(after + 1, "basePath") && s.Is(after + 2, "(") ? s.StringAt(after + 3, after + 4) : null;
                return new RouterKind(RouteFramework.Hono, true, basePath ?? "");
            }
        }

        var requiredExpress = s.Is(i, "require") && s.Is(i + 1, "(") && s.StringAt(i + 2, i + 3) == "express" && s.Is(i + 3, ")") && s.Is(i + 4, "(");
        if (s.Is(i, "express") && s.Is(i + 1, "(") && s.Is(i + 2, ")") || requiredExpress)
        {
            return new RouterKind(RouteFramework.Express, true, "");
        }

        for (; i < value.End && i < value.Start + 12; i++)
        {
            if (s.Is(i, "Router") && s.Is(i + 1, "("))
            {
                return new RouterKind(RouteFramework.Express, false, "");
            }
        }

        return null;
    }

    private static bool ProjectImportsKoa(JsFile file) => JsWorkspace.PackagesOf(file).Any(p => p is "koa" or "@koa/router" or "koa-router");

    /// <summary>The string value of <c>name: '...'</c> in the object literal at <paramref name="open"/>.</summary>
    private static string? Property(JsSyntax s, int open, string name) =>
        s.Items(open).Where(p => s.Is(p.Start, name) && s.Is(p.Start + 1, ":")).Select(p => s.StringAt(p.Start + 2, p.End)).FirstOrDefault(v => v is not null);

    private void ReadChain(JsFile file, ExpressRouter router, int dot)
    {
        var s = file.Syntax;
        string? routePath = null;
        string? routeUnknown = null;
        for (var i = dot; s.Is(i, ".") && s.IsIdentifier(i + 1) && s.Is(i + 2, "("); i = s.Partner(i + 2) + 1)
        {
            var name = s[i + 1].Text;
            var items = s.Items(i + 2);
            if (name == "route" && items.Count == 2 && router.Framework == RouteFramework.Hono)
            {
                // Hono's `app.route('/users', users)` mounts a sub-app under a prefix.
                var mount = PathOf(file, items[0]);
                router.Registrations.Add(new ExpressRegistration(file, i + 1, "USE", [mount.Path], [items[1]]) { UnknownReason = mount.Unknown });
                continue;
            }

            if (name == "route" && items.Count == 1)
            {
                (routePath, routeUnknown) = PathOf(file, items[0]);
                continue;
            }

            if (name != "use" && !Verbs.ContainsKey(name))
            {
                return;
            }

            var unknown = LoopAround(s, i) is { } loop ? $"registered inside a `{loop}` loop: the routes are generated at run time" : null;
            if (routePath is not null)
            {
                router.Registrations.Add(new ExpressRegistration(file, i + 1, Verbs.GetValueOrDefault(name, "USE"), [routePath], items) { UnknownReason = unknown ?? routeUnknown });
                continue;
            }

            if (name == "use")
            {
                var hasPrefix = items.Count > 1 && IsPathArgument(s, items[0]);
                var prefix = hasPrefix ? PathOf(file, items[0]) : ("", null);
                router.Registrations.Add(new ExpressRegistration(file, i + 1, "USE", [prefix.Path], hasPrefix ? items.Skip(1).ToList() : items) { UnknownReason = unknown ?? prefix.Unknown });
                continue;
            }

            // Koa's named routes: `router.get('user', '/users/:id', handler)`.
            if (router.Framework == RouteFramework.Koa && items.Count > 2 && s.StringAt(items[0].Start, items[0].End) is not null && s.StringAt(items[1].Start, items[1].End) is not null)
            {
                items = items.Skip(1).ToList();
            }

            // `app.get('port')` reads a setting; a route has a path and at least one handler.
            if (items.Count < 2 || !IsPathArgument(s, items[0]))
            {
                return;
            }

            var paths = s.Is(items[0].Start, "[") && s.Partner(items[0].Start) == items[0].End - 1
                ? s.Items(items[0].Start).Select(p => PathOf(file, p)).ToList()
                : [PathOf(file, items[0])];
            router.Registrations.Add(new ExpressRegistration(file, i + 1, Verbs[name], paths.Select(p => p.Path).ToList(), items.Skip(1).ToList()) { UnknownReason = unknown ?? paths.Select(p => p.Unknown).FirstOrDefault(u => u is not null) });
        }
    }

    private static bool IsPathArgument(JsSyntax s, (int Start, int End) item)
    {
        var first = s[item.Start];
        if (first.Kind is JsTokenKind.String or JsTokenKind.Template or JsTokenKind.TemplateHead or JsTokenKind.Regex || first.IsPunct("["))
        {
            return true;
        }

        // A constant or computed path (`app.get(PATHS.users, h)`, `app.get(base + '/x', h)`), not a handler.
        return item.End > item.Start + 1 && s.Is(item.Start + 1, "+")
            || first.Kind == JsTokenKind.Identifier && item.End == item.Start + 1 && first.Text.ToUpperInvariant() == first.Text && first.Text.Any(char.IsLetter)
            || first.Kind == JsTokenKind.Identifier && s.Is(item.Start + 1, ".") && (s[item.Start].Text.Contains("path", StringComparison.OrdinalIgnoreCase) || s[item.Start].Text.Contains("route", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>A path argument: its literal value, or a rendering of the expression with why it is not known.</summary>
    private static (string Path, string? Unknown) PathOf(JsFile file, (int Start, int End) item)
    {
        var s = file.Syntax;
        if (s.StringAt(item.Start, item.End) is { } literal)
        {
            return (literal, null);
        }

        if (item.End == item.Start + 1 && s[item.Start].Kind == JsTokenKind.Regex)
        {
            return (s[item.Start].Text, null);
        }

        var rendered = new System.Text.StringBuilder();
        for (var i = item.Start; i < item.End; i++)
        {
            var token = s[i];
            rendered.Append(token.Kind switch
            {
                JsTokenKind.String or JsTokenKind.Template or JsTokenKind.TemplateHead or JsTokenKind.TemplateMiddle or JsTokenKind.TemplateTail => JsStrings.Value(token),
                JsTokenKind.Punctuator when token.Text == "+" => "",
                _ => $"{{{token.Text}}}",
            });
        }

        var path = rendered.ToString().Replace("}{.}{", ".", StringComparison.Ordinal);
        return (path.StartsWith('/') ? path : "/" + path, $"the path is computed at run time: {s.TextOf(item.Start, item.End)}");
    }

    /// <summary>The loop a registration is inside: <c>for</c>/<c>while</c> blocks and <c>forEach</c>/<c>map</c> callbacks.</summary>
    private static string? LoopAround(JsSyntax s, int index)
    {
        foreach (var open in s.Ancestors(index))
        {
            if (s.Is(open, "(") && s.IsIdentifier(open - 1) && LoopCalls.Contains(s[open - 1].Text))
            {
                return s[open - 1].Text;
            }

            if (s.Is(open, "{") && s.Is(open - 1, ")") && s.Partner(open - 1) > 0 && s[s.Partner(open - 1) - 1].Text is "for" or "while")
            {
                return s[s.Partner(open - 1) - 1].Text;
            }
        }

        return null;
    }
}
