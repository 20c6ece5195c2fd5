using Rampart.Code.Lexing.JavaScript;
using Rampart.Code.Routes.Model;

namespace Rampart.Code.Routes.JavaScript.Express;

/// <summary>
/// Turns one route registration into an <see cref="HttpRoute"/>: finds the handler among the
/// arguments (the first function that does not take <c>next</c>, else the last argument), classifies
/// the middleware before it, marks what comes after it as never running, and looks into the handler
/// body for an in-handler check.
/// </summary>
internal sealed class ExpressRouteFactory(JsWorkspace workspace, JsMiddlewareClassifier classifier, ExpressRouteBuilder builder)
{
    public HttpRoute Create(ExpressRouter router, ExpressRegistration registration, string path, List<JsAuthVerdict> applying, string? unknown)
    {
        var file = registration.File;
        var s = file.Syntax;
        var items = registration.Items;
        var handlerIndex = items.Count - 1;
        for (var i = 0; i < items.Count; i++)
        {
            if (JsExpressions.FunctionAt(s, items[i].Start) is { } function && function.BodyEnd >= items[i].End && !function.Parameters.Contains("next"))
            {
                handlerIndex = i;
                break;
            }
        }

        var verdicts = new List<JsAuthVerdict>(applying);
        for (var i = 0; i < handlerIndex; i++)
        {
            var middleware = builder.Verdicts(file, items[i]);
            if (middleware.Count == 0 && JsExpressions.FunctionAt(s, items[i].Start) is { } inline && JsBodyCheck.Find(s, inline.BodyStart, inline.BodyEnd, classifier.Vocabulary) is { } check)
            {
                middleware = [new JsAuthVerdict(AuthEffect.Requires, $"inline middleware: {check.Description}", file.At(check.Index))];
            }

            verdicts.AddRange(middleware.Select(v => v.Description.EndsWith("middleware", StringComparison.Ordinal) ? v with { Description = $"{v.Description} on the route" } : v));
        }

        for (var i = handlerIndex + 1; i < items.Count; i++)
        {
            verdicts.AddRange(builder.Verdicts(file, items[i]).Where(v => v.Effect == AuthEffect.Requires).Select(v => v with { Effect = AuthEffect.Ignored, Description = $"{v.Description} is placed after the handler and never runs" }));
        }

        var handler = Handler(file, items[handlerIndex], verdicts);
        var route = JsRoutes.Create(Exempt(verdicts, path), unknown) with
        {
            Methods = [registration.Method],
            Path = path,
            Framework = router.Framework,
            Kind = RouteKind.Handler,
            Handler = handler.Name,
            Location = file.At(registration.MethodIndex),
            Project = file.Project,
            SiblingGroup = router.Key,
        };
        return route with { Sensitivity = RouteSensitivityClassifier.Classify(route.Methods, path, handler.Name, handler.Facts) };
    }

    public HttpRoute Opaque(RouteFramework framework, ExpressRegistration registration, (int Start, int End) item, string path, string shown, List<JsAuthVerdict> inherited)
    {
        var file = registration.File;
        var route = JsRoutes.Create(inherited, $"`{shown}` is mounted here; the routes it serves are not declared in the scanned source (a REST generator, a proxy or an unresolved import)") with
        {
            Methods = ["*"],
            Path = path,
            Framework = framework,
            Kind = RouteKind.Handler,
            Handler = shown,
            Location = file.At(item.Start),
            Project = file.Project,
        };
        return route with { Sensitivity = RouteSensitivityClassifier.Classify(route.Methods, path, shown, HandlerFacts.Empty) };
    }

    /// <summary>Auth whose <c>.unless({ path })</c> exempts this path does not run for it.</summary>
    public static List<JsAuthVerdict> Exempt(List<JsAuthVerdict> verdicts, string path) =>
        verdicts.Select(v => v.Effect == AuthEffect.Requires && v.Unless is { } unless && unless.Exempts(path)
            ? v with { Effect = AuthEffect.Ignored, Description = $"{v.Description}: `{unless.Shown}` exempts `{path}`" }
            : v).ToList();

    /// <summary>The handler's name and body: inline, wrapped (<c>asyncHandler(fn)</c>, <c>withAuth(fn)</c>) or a name followed to its definition.</summary>
    private (string Name, HandlerFacts Facts) Handler(JsFile file, (int Start, int End) item, List<JsAuthVerdict> verdicts)
    {
        var s = file.Syntax;
        if (JsExpressions.FunctionAt(s, item.Start) is { } inline && inline.BodyEnd >= item.End)
        {
            return (inline.Name ?? "lambda", Body(file, inline, verdicts));
        }

        var (callee, calleeEnd) = JsBodyCheck.CallName(s, item.Start);
        if (callee is not null && s.Is(calleeEnd - 1, ")") && s.Partner(calleeEnd - 1) is var open && open > item.Start)
        {
            verdicts.AddRange(builder.Verdicts(file, (item.Start, open)).Where(v => v.Effect != AuthEffect.Note || v.RateLimit));
            var last = s.Items(open).LastOrDefault();
            return last.End > last.Start ? Handler(file, last, verdicts) : (callee, HandlerFacts.Empty);
        }

        var name = s.DottedNameAt(item.Start, item.End) ?? s.TextOf(item.Start, item.End);
        var value = item.End == item.Start + 1 ? workspace.ResolveName(file, s[item.Start].Text)
            : item.End == item.Start + 3 && s.Is(item.Start + 1, ".") ? workspace.ResolveMember(file, s[item.Start].Text, s[item.Start + 2].Text) : null;
        return value?.Function is { } function ? (name, Body(value.File, function, verdicts)) : (name, HandlerFacts.Empty);
    }

    private HandlerFacts Body(JsFile file, JsFunction function, List<JsAuthVerdict> verdicts)
    {
        if (!verdicts.Any(v => v.Effect == AuthEffect.Requires) && JsBodyCheck.Find(file.Syntax, function.BodyStart, function.BodyEnd, classifier.Vocabulary) is { } check)
        {
            verdicts.Add(new JsAuthVerdict(AuthEffect.Requires, check.Description, file.At(check.Index)));
        }

        return JsRoutes.Facts(file.Syntax, function.BodyStart, function.BodyEnd);
    }
}
