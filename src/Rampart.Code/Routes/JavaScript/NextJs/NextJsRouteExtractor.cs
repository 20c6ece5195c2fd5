using Rampart.Code.Lexing.JavaScript;
using Rampart.Code.Routes.Model;
using Rampart.Core.Scanning;

namespace Rampart.Code.Routes.JavaScript.NextJs;

/// <summary>
/// Next.js routes from the file system: <c>app/**/route.ts</c> exported verbs, <c>pages/api/**</c>
/// handlers and server actions (<c>"use server"</c> modules and functions). Paths use the
/// path-to-regexp syntax of Next.js's own <c>matcher</c>: <c>[id]</c> is <c>:id</c>, <c>[...slug]</c>
/// <c>:slug+</c>, <c>[[...slug]]</c> <c>:slug*</c>; route groups <c>(group)</c> and slots <c>@slot</c> are dropped.
/// </summary>
internal static class NextJsRouteExtractor
{
    private static readonly string[] Verbs = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];

    private static readonly string[] RouteFileNames = ["route.ts", "route.js", "route.tsx", "route.jsx", "route.mjs"];

    public static RouteInventory Extract(JsWorkspace workspace, JsMiddlewareClassifier classifier, IReadOnlyList<RepoFile> files)
    {
        var vocabulary = classifier.Vocabulary;
        var middlewares = workspace.Files.Where(f => Relative(f) is "middleware.ts" or "middleware.js" or "src/middleware.ts" or "src/middleware.js")
            .ToDictionary(f => f.Project, f => NextMiddleware.Read(f, workspace, vocabulary), StringComparer.Ordinal);
        var spans = new List<(JsFile File, JsCommentedAuth.Span Span)>();
        foreach (var file in workspace.Files)
        {
            var relative = Relative(file);
            var inSrc = relative.StartsWith("src/", StringComparison.Ordinal) ? relative[4..] : relative;
            var middleware = middlewares.GetValueOrDefault(file.Project);
            if (inSrc.StartsWith("app/", StringComparison.Ordinal) && RouteFileNames.Contains(file.Path[(file.Path.LastIndexOf('/') + 1)..]))
            {
                var path = PathOf(inSrc.Split('/')[1..^1]);
                if (path is not null)
                {
                    foreach (var verb in Verbs.Where(file.Module.Exports.ContainsKey))
                    {
                        var export = file.Module.Exports[verb];
                        spans.Add((file, Route(workspace, classifier, file, export, [verb], path, RouteKind.Handler, middleware, relative + "#" + verb)));
                    }
                }
            }
            else if (inSrc.StartsWith("pages/api/", StringComparison.Ordinal) && file.Module.Exports.TryGetValue("default", out var handler))
            {
                var segments = inSrc.Split('/')[1..];
                segments[^1] = segments[^1][..segments[^1].LastIndexOf('.')];
                var path = PathOf(segments[^1] == "index" ? segments[..^1] : segments);
                if (path is not null)
                {
                    spans.Add((file, Route(workspace, classifier, file, handler, null, path, RouteKind.Handler, middleware, relative)));
                }
            }

            spans.AddRange(ServerActions(file, relative, vocabulary).Select(span => (file, span)));
        }

        var problems = spans.GroupBy(s => s.File.Path).SelectMany(g => JsCommentedAuth.Find(g.First().File, g.Select(s => s.Span).ToList(), vocabulary, RouteFramework.NextJs)).ToList();
        return new RouteInventory(spans.Select(s => s.Span.Route).ToList(), problems);
    }

    private static string Relative(JsFile file) => file.Project.Length == 0 ? file.Path : file.Path[(file.Project.Length + 1)..];

    /// <summary>The URL path of folder segments; null for a private folder (<c>_lib</c>), which is not routed.</summary>
    internal static string? PathOf(IEnumerable<string> segments)
    {
        var parts = new List<string>();
        foreach (var segment in segments)
        {
            if (segment.StartsWith('_'))
            {
                return null;
            }

            if (segment.StartsWith('(') && segment.EndsWith(')') || segment.StartsWith('@'))
            {
                continue;
            }

            parts.Add(segment switch
            {
                _ when segment.StartsWith("[[...", StringComparison.Ordinal) => ":" + segment[5..^2] + "*",
                _ when segment.StartsWith("[...", StringComparison.Ordinal) => ":" + segment[4..^1] + "+",
                _ when segment.StartsWith('[') => ":" + segment[1..^1],
                _ => segment,
            });
        }

        return "/" + string.Join('/', parts);
    }

    private static JsCommentedAuth.Span Route(JsWorkspace workspace, JsMiddlewareClassifier classifier, JsFile file, JsExport export, string[]? methods, string path, RouteKind kind, NextMiddleware? middleware, string handlerName)
    {
        var verdicts = new List<JsAuthVerdict>();
        if (middleware?.For(path) is { } covered)
        {
            verdicts.Add(covered);
        }

        var value = export.LocalName is { } local ? workspace.ResolveName(file, local) : null;
        var (owner, start, end) = value is not null ? (value.File, value.Start, value.End) : (file, export.Start, export.End);
        var function = value?.Function ?? (start >= 0 ? JsExpressions.FunctionAt(owner.Syntax, start) : null);
        if (function is null && start >= 0 && end > start)
        {
            // `export const GET = withAuth(async (req) => ...)`, `export default withApiAuthRequired(handler)`.
            var (callee, calleeEnd) = JsBodyCheck.CallName(owner.Syntax, start);
            if (callee is not null && owner.Syntax.Is(calleeEnd - 1, ")"))
            {
                var open = owner.Syntax.Partner(calleeEnd - 1);
                verdicts.AddRange(classifier.Classify(owner, start, open));
                var inner = owner.Syntax.Items(open).LastOrDefault();
                function = inner.End > inner.Start ? JsExpressions.FunctionAt(owner.Syntax, inner.Start) ?? (owner.Syntax.IsIdentifier(inner.Start) ? workspace.ResolveName(owner, owner.Syntax[inner.Start].Text)?.Function : null) : null;
            }
        }

        var facts = HandlerFacts.Empty;
        if (function is not null)
        {
            if (JsBodyCheck.Find(owner.Syntax, function.BodyStart, function.BodyEnd, classifier.Vocabulary) is { } check)
            {
                verdicts.Add(new JsAuthVerdict(AuthEffect.Requires, check.Description, owner.At(check.Index)));
            }

            facts = JsRoutes.Facts(owner.Syntax, function.BodyStart, function.BodyEnd);
            methods ??= PagesMethods(owner.Syntax, function);
        }

        var route = JsRoutes.Create(verdicts, null) with
        {
            Methods = methods ?? ["*"],
            Path = path,
            Framework = RouteFramework.NextJs,
            Kind = kind,
            Handler = handlerName,
            Location = file.AtLine(export.Line),
            Project = file.Project,
            SiblingGroup = file.Path,
        };
        route = route with { Sensitivity = RouteSensitivityClassifier.Classify(route.Methods, path, handlerName, facts) };
        var endLine = function is not null ? owner.Syntax[Math.Min(function.BodyEnd, owner.Syntax.Count) - 1].Line : export.Line;
        return new JsCommentedAuth.Span(export.Line, owner == file ? endLine : export.Line, route);
    }

    /// <summary>The methods a pages/api handler answers: the strings it compares <c>req.method</c> with; every method when it does not.</summary>
    private static string[]? PagesMethods(JsSyntax s, JsFunction function)
    {
        var methods = new SortedSet<string>(StringComparer.Ordinal);
        var switched = false;
        for (var i = function.BodyStart; i < function.BodyEnd - 2; i++)
        {
            if (!s.Is(i, "method") || !s.Is(i - 1, "."))
            {
                continue;
            }

            if (s.Is(i + 1, "===") || s.Is(i + 1, "==") || s.Is(i + 1, "!==") || s.Is(i + 1, "!="))
            {
                AddMethod(s, i + 2, methods);
            }

            if (s.Is(i + 1, ")") && s.Is(s.Partner(i + 1) - 1, "switch"))
            {
                switched = true;
            }
        }

        for (var i = function.BodyStart; switched && i < function.BodyEnd - 1; i++)
        {
            if (s.Is(i, "case"))
            {
                AddMethod(s, i + 1, methods);
            }
        }

        return methods.Count == 0 ? null : methods.ToArray();
    }

    private static void AddMethod(JsSyntax s, int i, SortedSet<string> methods)
    {
        if (s[i].IsStringLiteral && JsStrings.Value(s[i]).ToUpperInvariant() is var method && Verbs.Contains(method))
        {
            methods.Add(method);
        }
    }

    /// <summary>Every exported function of a <c>"use server"</c> module, and every function whose body starts with the directive.</summary>
    private static IEnumerable<JsCommentedAuth.Span> ServerActions(JsFile file, string relative, JsAuthVocabulary vocabulary)
    {
        var s = file.Syntax;
        var seen = new HashSet<int>();
        var candidates = new List<(string Name, JsFunction Function, int Line)>();
        if (file.Module.IsServerModule)
        {
            foreach (var export in file.Module.Exports.Values)
            {
                if (export.LocalName is { } local && file.Module.Declarations.TryGetValue(local, out var declaration) && declaration.Function is { } function)
                {
                    candidates.Add((export.Name == "default" ? local : export.Name, function, s[declaration.NameIndex].Line));
                }
            }
        }

        foreach (var declaration in file.Module.Declarations.Values)
        {
            if (declaration.Function is { IsServerAction: true } inline)
            {
                candidates.Add((declaration.Name, inline, s[declaration.NameIndex].Line));
            }
        }

        foreach (var (name, function, line) in candidates.Where(c => seen.Add(c.Function.BodyStart)))
        {
            var verdicts = new List<JsAuthVerdict>();
            if (JsBodyCheck.Find(s, function.BodyStart, function.BodyEnd, vocabulary) is { } check)
            {
                verdicts.Add(new JsAuthVerdict(AuthEffect.Requires, check.Description, file.At(check.Index)));
            }

            var path = $"/{relative}#{name}";
            var route = JsRoutes.Create(verdicts, null) with
            {
                Methods = ["POST"],
                Path = path,
                Framework = RouteFramework.NextJs,
                Kind = RouteKind.ServerAction,
                Handler = name,
                Location = file.AtLine(line),
                Project = file.Project,
                SiblingGroup = file.Path,
            };
            route = route with { Sensitivity = RouteSensitivityClassifier.Classify(route.Methods, path, name, JsRoutes.Facts(s, function.BodyStart, function.BodyEnd)) };
            yield return new JsCommentedAuth.Span(line, s[function.BodyEnd - 1].Line, route);
        }
    }
}
