using Rampart.Code.Lexing.JavaScript;
using Rampart.Code.Routes.Model;

namespace Rampart.Code.Routes.JavaScript.Express;

/// <summary>
/// Walks the mount graph from every app (and every router nothing mounts) in registration order:
/// middleware applies only to what is registered after it and under its prefix, mounted routers
/// inherit their parents' middleware and prefixes across files, middleware after the handler never runs.
/// </summary>
internal sealed class ExpressRouteBuilder(JsWorkspace workspace, ExpressRegistrationReader reader, JsMiddlewareClassifier classifier)
{
    private readonly List<(JsFile File, JsCommentedAuth.Span Span)> _routes = [];
    private readonly Dictionary<(string, int, int), List<JsAuthVerdict>> _verdicts = [];

    private sealed record Active(string Prefix, List<JsAuthVerdict> Verdicts);

    /// <summary>
    /// Where a router is walked from. <see cref="Patterns"/> are Hono's <c>use(pattern, mw)</c> seen so far,
    /// with the pattern made absolute: they are matched against each route's full path.
    /// </summary>
    private sealed record Context(string Prefix, List<JsAuthVerdict> Inherited, string? Unknown, HashSet<string> Stack)
    {
        public List<(string Pattern, List<JsAuthVerdict> Verdicts)> Patterns { get; init; } = [];
    }

    public IReadOnlyList<(JsFile File, JsCommentedAuth.Span Span)> Build()
    {
        var mounts = reader.Routers.Values.SelectMany(r => r.Registrations.Where(g => g.IsUse).Select(g => (r, g))).ToList();
        foreach (var (_, registration) in mounts)
        {
            foreach (var item in registration.Items)
            {
                if (MountedRouter(registration.File, item) is { } child)
                {
                    child.Mounted = true;
                }
            }
        }

        foreach (var router in reader.Routers.Values.Where(r => !r.Mounted).OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            var unknown = router.IsApp ? null : $"router `{router.Name}` ({router.File.Path}) is not mounted by an app in the scan: its prefix and app-level middleware are unknown";
            unknown = unknown is not null && router.Framework == RouteFramework.Koa ? unknown.Replace("is not mounted by an app", "is not mounted (`app.use(router.routes())`) by an app", StringComparison.Ordinal) : unknown;
            Walk(router, new Context("", [], unknown, [router.Key]));
        }

        return _routes;
    }

    private void Walk(ExpressRouter router, Context context)
    {
        context = context with { Prefix = Join(context.Prefix, router.Prefix), Patterns = [.. context.Patterns] };
        var active = new List<Active>();
        foreach (var registration in router.Registrations.OrderBy(r => r.File.Path, StringComparer.Ordinal).ThenBy(r => r.MethodIndex))
        {
            if (registration.IsUse)
            {
                Use(router, registration, context, active);
                continue;
            }

            foreach (var path in registration.Paths)
            {
                var full = Join(context.Prefix, path);
                var applying = active.Where(a => Covers(a.Prefix, path)).SelectMany(a => a.Verdicts)
                    .Concat(context.Patterns.Where(p => HonoMatches(p.Pattern, full)).SelectMany(p => p.Verdicts));
                var route = new ExpressRouteFactory(workspace, classifier, this).Create(router, registration, full, context.Inherited.Concat(applying).ToList(), registration.UnknownReason ?? context.Unknown);
                _routes.Add((registration.File, SpanOf(registration, route)));
            }
        }
    }

    private void Use(ExpressRouter router, ExpressRegistration registration, Context context, List<Active> active)
    {
        var prefix = registration.Paths[0];
        var before = new List<JsAuthVerdict>();
        foreach (var item in registration.Items)
        {
            if (MountedRouter(registration.File, item) is { } child)
            {
                if (context.Stack.Add(child.Key))
                {
                    var mountedBy = new JsAuthVerdict(AuthEffect.Note, $"mounted under `{Join(context.Prefix, prefix)}` by {At(registration)}", registration.File.At(item.Start));
                    var inherited = context.Inherited.Concat(active.Where(a => Covers(a.Prefix, prefix)).SelectMany(a => a.Verdicts)).Concat(before).Append(mountedBy).ToList();
                    Walk(child, new Context(Join(context.Prefix, prefix), inherited, registration.UnknownReason ?? context.Unknown, context.Stack) { Patterns = context.Patterns });
                    context.Stack.Remove(child.Key);
                }

                continue;
            }

            var verdicts = Verdicts(registration.File, item);
            if (verdicts.Count == 0 && prefix.Length > 0 && prefix != "/" && router.Framework != RouteFramework.Hono && OpaqueMount(router, registration, item, context) is { } route)
            {
                _routes.Add((registration.File, SpanOf(registration, route)));
                continue;
            }

            before.AddRange(verdicts.Select(v => v with { Description = $"{v.Description} applied by {At(registration)}" }));
        }

        if (router.Framework == RouteFramework.Hono)
        {
            // Hono matches `use('/admin/*', mw)` against the full path of every later route, mounted ones included.
            context.Patterns.Add((prefix.Length == 0 ? Join(context.Prefix, "*") : Join(context.Prefix, prefix), before));
            return;
        }

        active.Add(new Active(prefix, before));
    }

    /// <summary>A mounted handler that is neither a router we can follow nor middleware: a REST generator, a proxy, an unresolved import.</summary>
    private HttpRoute? OpaqueMount(ExpressRouter router, ExpressRegistration registration, (int Start, int End) item, Context context)
    {
        var s = registration.File.Syntax;
        var text = s.TextOf(item.Start, item.End);
        if (text.StartsWith("express.static", StringComparison.Ordinal) || text.StartsWith("serveStatic", StringComparison.Ordinal) || JsExpressions.FunctionAt(s, item.Start) is not null)
        {
            return null;
        }

        var shown = text.Length > 60 ? text[..60] + "..." : text;
        return new ExpressRouteFactory(workspace, classifier, this).Opaque(router.Framework, registration, item, Join(context.Prefix, registration.Paths[0]) + "/*", shown, context.Inherited);
    }

    /// <summary>The router an argument of <c>use</c> mounts: a router variable (here or imported), an inline <c>require</c>, or a factory call returning one.</summary>
    public ExpressRouter? MountedRouter(JsFile file, (int Start, int End) item)
    {
        var s = file.Syntax;
        if (item.End == item.Start + 5 && s.IsIdentifier(item.Start) && s.Is(item.Start + 1, ".") && s[item.Start + 2].Text is "routes" or "middleware" && s.Is(item.Start + 3, "(") && s.Is(item.Start + 4, ")"))
        {
            // Koa: `app.use(router.routes())`, `router.use('/x', nested.routes())`.
            return MountedRouter(file, (item.Start, item.Start + 1));
        }

        if (item.End == item.Start + 1 && s.IsIdentifier(item.Start))
        {
            return workspace.ResolveName(file, s[item.Start].Text) is { } value ? RouterOf(value) : reader.Routers.GetValueOrDefault($"{file.Path}#{s[item.Start].Text}");
        }

        if (item.End == item.Start + 3 && s.Is(item.Start + 1, ".") && workspace.ResolveMember(file, s[item.Start].Text, s[item.Start + 2].Text) is { } member)
        {
            return RouterOf(member);
        }

        if (file.Module.RequireAt(item.Start) is { } required && workspace.Resolve(file, required.Spec) is { } target)
        {
            return workspace.ResolveExport(target, "default") is { } exported ? RouterOf(exported) : null;
        }

        // `createUsersRouter(db)`: a factory whose body returns a router it declares.
        if (s.IsIdentifier(item.Start) && s.Is(item.Start + 1, "(") && s.Partner(item.Start + 1) == item.End - 1 && workspace.ResolveName(file, s[item.Start].Text) is { Function: { } factory } found)
        {
            var fs = found.File.Syntax;
            for (var i = factory.BodyStart; i < factory.BodyEnd - 1; i++)
            {
                if (fs.Is(i, "return") && fs.IsIdentifier(i + 1) && reader.Routers.GetValueOrDefault($"{found.File.Path}#{fs[i + 1].Text}") is { } returned)
                {
                    return returned;
                }
            }
        }

        return null;
    }

    private ExpressRouter? RouterOf(JsValue value) =>
        ExpressRegistrationReader.KindOf(value) is not null ? reader.Routers.GetValueOrDefault($"{value.File.Path}#{value.Name}") : null;

    /// <summary>The verdicts of one middleware argument, computed once per argument.</summary>
    public List<JsAuthVerdict> Verdicts(JsFile file, (int Start, int End) item)
    {
        var key = (file.Path, item.Start, item.End);
        if (!_verdicts.TryGetValue(key, out var verdicts))
        {
            _verdicts[key] = verdicts = classifier.Classify(file, item.Start, item.End);
        }

        return verdicts;
    }

    private static string At(ExpressRegistration registration)
    {
        var s = registration.File.Syntax;
        return $"`{s.TextOf(registration.MethodIndex - 2, registration.MethodIndex + 1)}(...)`";
    }

    private static JsCommentedAuth.Span SpanOf(ExpressRegistration registration, HttpRoute route)
    {
        var s = registration.File.Syntax;
        var receiver = s.Is(registration.MethodIndex - 1, ".") && s.IsIdentifier(registration.MethodIndex - 2) ? registration.MethodIndex - 2 : registration.MethodIndex;
        return new JsCommentedAuth.Span(s[receiver].Line, s[s.Partner(registration.MethodIndex + 1)].Line, route);
    }

    /// <summary>Middleware used under a prefix runs for that path and everything below it.</summary>
    private static bool Covers(string prefix, string path)
    {
        var p = prefix.TrimEnd('/');
        return p.Length == 0 || path == p || path.StartsWith(p + "/", StringComparison.Ordinal);
    }

    /// <summary>Hono's path patterns: <c>*</c> matches anything, <c>/admin/*</c> also <c>/admin</c>, <c>:id</c> one segment.</summary>
    private static bool HonoMatches(string pattern, string path)
    {
        if (pattern is "*" or "/*")
        {
            return true;
        }

        var regex = "^" + System.Text.RegularExpressions.Regex.Escape(pattern).Replace("\\*", ".*", StringComparison.Ordinal) + "$";
        regex = System.Text.RegularExpressions.Regex.Replace(regex, ":[A-Za-z0-9_]+", "[^/]+");
        var trimmed = pattern.EndsWith("/*", StringComparison.Ordinal) ? pattern[..^2] : null;
        // The pattern comes from the scanned code: bound the match time like every other pattern built from input.
        try
        {
            return System.Text.RegularExpressions.Regex.IsMatch(path, regex, System.Text.RegularExpressions.RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100)) || trimmed is not null && (path == trimmed || trimmed.Length == 0);
        }
        catch (System.Text.RegularExpressions.RegexMatchTimeoutException)
        {
            return false;
        }
    }

    public static string Join(string prefix, string path)
    {
        var joined = prefix.TrimEnd('/') + "/" + path.TrimStart('/');
        return joined.Length > 1 ? joined.TrimEnd('/') : "/";
    }
}
