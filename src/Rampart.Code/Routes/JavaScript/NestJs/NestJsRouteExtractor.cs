using Rampart.Code.Lexing.JavaScript;
using Rampart.Code.Routes.Model;

namespace Rampart.Code.Routes.JavaScript.NestJs;

/// <summary>
/// NestJS routes: <c>@Controller(prefix)</c> classes and their <c>@Get/@Post/...</c> methods, with
/// <c>app.setGlobalPrefix</c>; auth from <c>@UseGuards</c> on the class and the method, global guards
/// (<c>app.useGlobalGuards</c>, <c>APP_GUARD</c> providers) and <c>@Public()</c>-style opt-outs
/// (a vocabulary name, or a decorator the project defines with <c>SetMetadata(IS_PUBLIC_KEY, true)</c>).
/// </summary>
internal static class NestJsRouteExtractor
{
    private static readonly Dictionary<string, string> Verbs = new(StringComparer.Ordinal)
    {
        ["Get"] = "GET", ["Post"] = "POST", ["Put"] = "PUT", ["Patch"] = "PATCH", ["Delete"] = "DELETE", ["All"] = "*", ["Options"] = "OPTIONS", ["Head"] = "HEAD",
    };

    public static RouteInventory Extract(JsWorkspace workspace, JsMiddlewareClassifier classifier)
    {
        var controllers = workspace.Files.Where(f => f.Syntax.Tokens.Any(t => t.Is("Controller"))).ToList();
        if (controllers.Count == 0)
        {
            return RouteInventory.Empty;
        }

        var vocabulary = classifier.Vocabulary;
        var publicNames = new HashSet<string>(vocabulary.Public, StringComparer.Ordinal);
        var globals = new Dictionary<string, NestGlobals>(StringComparer.Ordinal);
        foreach (var file in workspace.Files)
        {
            var project = globals.TryGetValue(file.Project, out var found) ? found : globals[file.Project] = new NestGlobals();
            project.Read(file, vocabulary, publicNames);
        }

        var spans = new List<(JsFile File, JsCommentedAuth.Span Span)>();
        foreach (var file in controllers)
        {
            var s = file.Syntax;
            for (var i = 0; i < s.Count - 2; i++)
            {
                if (s.Is(i, "class") && s.IsIdentifier(i + 1) && NestDecorator.Before(s, i) is { } decorators && decorators.FirstOrDefault(d => d.Name == "Controller") is { } controller)
                {
                    spans.AddRange(Controller(file, i, decorators, controller, globals.GetValueOrDefault(file.Project) ?? new NestGlobals(), publicNames, vocabulary).Select(span => (file, span)));
                }
            }
        }

        var problems = spans.GroupBy(s => s.File.Path).SelectMany(g => JsCommentedAuth.Find(g.First().File, g.Select(s => s.Span).ToList(), vocabulary, RouteFramework.NestJs)).ToList();
        return new RouteInventory(spans.Select(s => s.Span.Route).ToList(), problems);
    }

    private static IEnumerable<JsCommentedAuth.Span> Controller(JsFile file, int classIndex, List<NestDecorator> classDecorators, NestDecorator controller, NestGlobals globals, HashSet<string> publicNames, JsAuthVocabulary vocabulary)
    {
        var s = file.Syntax;
        var className = s[classIndex + 1].Text;
        var body = classIndex + 2;
        while (body < s.Count && !s.Is(body, "{"))
        {
            body = s.Partner(body) > body ? s.Partner(body) + 1 : body + 1;
        }

        if (body >= s.Count)
        {
            yield break;
        }

        var prefixes = controller.Strings(s) is { Count: > 0 } p ? p : [""];
        var classVerdicts = Verdicts(file, classDecorators, publicNames, vocabulary, "controller");
        for (var i = body + 1; i < s.Partner(body); i++)
        {
            if (!s.Is(i, "(") || s.Parent(i) != body || !s.IsIdentifier(i - 1))
            {
                if (s.Partner(i) > i)
                {
                    i = s.Partner(i);
                }

                continue;
            }

            var decorators = NestDecorator.Before(s, i - 1);
            var verb = decorators.FirstOrDefault(d => Verbs.ContainsKey(d.Name));
            var close = s.Partner(i);
            var function = JsExpressions.FunctionAt(s, i);
            if (verb is null)
            {
                i = function?.BodyEnd - 1 ?? close;
                continue;
            }

            var method = s[i - 1].Text;
            var verdicts = globals.Guards.Concat(classVerdicts).Concat(Verdicts(file, decorators, publicNames, vocabulary, "method")).ToList();
            var facts = HandlerFacts.Empty;
            if (function is not null)
            {
                if (!verdicts.Any(v => v.Effect == AuthEffect.Requires) && JsBodyCheck.Find(s, function.BodyStart, function.BodyEnd, vocabulary) is { } check)
                {
                    verdicts.Add(new JsAuthVerdict(AuthEffect.Requires, check.Description, file.At(check.Index)));
                }

                facts = JsRoutes.Facts(s, function.BodyStart, function.BodyEnd);
            }

            var paths = verb.Strings(s) is { Count: > 0 } methodPaths ? methodPaths : [""];
            foreach (var path in prefixes.SelectMany(prefix => paths.Select(methodPath => Join(globals.Prefix, prefix, methodPath))))
            {
                var route = JsRoutes.Create(verdicts, null) with
                {
                    Methods = [Verbs[verb.Name]],
                    Path = path,
                    Framework = RouteFramework.NestJs,
                    Kind = RouteKind.Controller,
                    Handler = $"{className}.{method}",
                    Location = file.At(verb.At),
                    Project = file.Project,
                    SiblingGroup = $"{file.Path}#{className}",
                };
                route = route with { Sensitivity = RouteSensitivityClassifier.Classify(route.Methods, path, route.Handler, facts) };
                yield return new JsCommentedAuth.Span(s[decorators[0].At].Line, s[close].Line, route);
            }

            i = function?.BodyEnd - 1 ?? close;
        }
    }

    /// <summary>What <c>@UseGuards</c>, <c>@Roles</c> and public markers on a class or method do.</summary>
    private static List<JsAuthVerdict> Verdicts(JsFile file, List<NestDecorator> decorators, HashSet<string> publicNames, JsAuthVocabulary vocabulary, string level)
    {
        var s = file.Syntax;
        var verdicts = new List<JsAuthVerdict>();
        var roles = decorators.Where(d => JsAuthVocabulary.Matches(vocabulary.RoleArguments, d.Name)).SelectMany(d => d.Strings(s)).ToList();
        foreach (var decorator in decorators)
        {
            if (publicNames.Contains(decorator.Name))
            {
                verdicts.Add(new JsAuthVerdict(AuthEffect.AllowsAnonymous, $"`@{decorator.Name}()` opt-out on the {level}", file.At(decorator.At)));
                continue;
            }

            if (decorator.Name == "UseGuards" && decorator.Open >= 0)
            {
                foreach (var (start, end) in s.Items(decorator.Open))
                {
                    var guard = NestGlobals.Guard(file, start, end, vocabulary, $"on the {level}");
                    verdicts.Add(guard.Effect == AuthEffect.Requires && roles.Count > 0 ? guard with { Requirement = guard.Requirement.Combine(new AuthRequirement { Roles = roles }) } : guard);
                }
            }
            else if (JsAuthVocabulary.Matches(vocabulary.RateLimit, decorator.Name))
            {
                verdicts.Add(new JsAuthVerdict(AuthEffect.Note, $"`@{decorator.Name}()` limits the request rate", file.At(decorator.At)) { RateLimit = true });
            }
        }

        return verdicts;
    }

    private static string Join(params string[] parts)
    {
        var segments = parts.Select(p => p.Trim('/')).Where(p => p.Length > 0);
        return "/" + string.Join('/', segments);
    }
}
