using Rampart.Code.Lexing.JavaScript;
using Rampart.Code.Routes.Model;

namespace Rampart.Code.Routes.JavaScript.Fastify;

/// <summary>
/// Judges what a Fastify hook does for auth: <c>decorate</c>d functions followed to their body,
/// <c>@fastify/auth</c> with its relation, inline hooks, then the shared middleware classifier; a
/// check whose failure a <c>try/catch</c> swallows lets the request through.
/// </summary>
internal sealed class FastifyHookJudge(JsWorkspace workspace, JsMiddlewareClassifier classifier, IReadOnlyDictionary<string, (JsFile File, (int Start, int End) Item)> decorators)
{
    /// <summary>What a hook or a route's hook option does: decorators followed to their body, <c>@fastify/auth</c>, inline functions, then the shared classifier.</summary>
    public List<JsAuthVerdict> Verdicts(JsFile file, (int Start, int End) item)
    {
        var s = file.Syntax;
        if (s.Is(item.Start, "[") && s.Partner(item.Start) == item.End - 1)
        {
            return s.Items(item.Start).SelectMany(i => Verdicts(file, i)).ToList();
        }

        var location = file.At(item.Start);
        if (s.IsIdentifier(item.Start) && s.Is(item.Start + 1, ".") && s.Is(item.Start + 2, "auth") && s.Is(item.Start + 3, "(") && s.Partner(item.Start + 3) == item.End - 1)
        {
            return [FastifyAuth(file, item)];
        }

        var dotted = s.DottedNameAt(item.Start, item.End);
        if (dotted is not null && item.End == item.Start + 3 && !JsAuthVocabulary.Matches(classifier.Vocabulary.OptionalAuth, dotted) && decorators.TryGetValue(s[item.Start + 2].Text, out var decorator))
        {
            var ds = decorator.File.Syntax;
            var function = JsExpressions.FunctionAt(ds, decorator.Item.Start)
                ?? (decorator.Item.End == decorator.Item.Start + 1 ? workspace.ResolveName(decorator.File, ds[decorator.Item.Start].Text)?.Function : null);
            if (function is not null)
            {
                var at = $"{decorator.File.Path}:{ds[decorator.Item.Start].Line}";
                if (JsBodyCheck.Find(ds, function.BodyStart, function.BodyEnd, classifier.Vocabulary) is { } check)
                {
                    return Swallowed(ds, check.Index)
                        ? [new JsAuthVerdict(AuthEffect.Ignored, $"`{dotted}` (decorated at {at}) catches the failed check and lets the request through", location)]
                        : [new JsAuthVerdict(AuthEffect.Requires, $"`{dotted}` (decorated at {at}) rejects anonymous requests: {check.Description}", location)];
                }

                return [new JsAuthVerdict(AuthEffect.Ignored, $"`{dotted}` (decorated at {at}) does not reject anonymous requests", location)];
            }
        }

        var verdicts = classifier.Classify(file, item.Start, item.End);
        if (verdicts.Count == 0 && JsExpressions.FunctionAt(s, item.Start) is { } inline && JsBodyCheck.Find(s, inline.BodyStart, inline.BodyEnd, classifier.Vocabulary) is { } inlineCheck)
        {
            verdicts.Add(Swallowed(s, inlineCheck.Index)
                ? new JsAuthVerdict(AuthEffect.Ignored, $"inline hook catches the failed check and lets the request through", file.At(inlineCheck.Index))
                : new JsAuthVerdict(AuthEffect.Requires, $"inline hook: {inlineCheck.Description}", file.At(inlineCheck.Index)));
        }

        return verdicts;
    }

    /// <summary><c>fastify.auth([a, b], { relation })</c>: with the default <c>or</c> every strategy must authenticate, with <c>and</c> one is enough.</summary>
    private JsAuthVerdict FastifyAuth(JsFile file, (int Start, int End) item)
    {
        var s = file.Syntax;
        var args = s.Items(item.Start + 3);
        var strategies = args.Count > 0 && s.Is(args[0].Start, "[") ? s.Items(args[0].Start) : [];
        var and = args.Count > 1 && s.Is(args[1].Start, "{") && FastifyRouteExtractor.Property(s, args[1].Start, "relation") is { } r && s.StringAt(r.Start, r.End) == "and";
        var requires = strategies.Select(st => Verdicts(file, st).Any(v => v.Effect == AuthEffect.Requires)).ToList();
        var shown = s.TextOf(item.Start, item.End);
        shown = shown.Length > 80 ? shown[..80] + "..." : shown;
        return requires.Count > 0 && (and ? requires.Any(x => x) : requires.All(x => x))
            ? new JsAuthVerdict(AuthEffect.Requires, $"`{shown}` (@fastify/auth) middleware", file.At(item.Start))
            : new JsAuthVerdict(AuthEffect.Ignored, $"`{shown}` (@fastify/auth) lets a request through a strategy that does not authenticate", file.At(item.Start));
    }

    /// <summary>A check inside <c>try</c> whose <c>catch</c> neither rethrows nor replies: the failure is swallowed.</summary>
    public static bool Swallowed(JsSyntax s, int index)
    {
        foreach (var open in s.Ancestors(index))
        {
            if (s.Is(open, "{") && s.Is(open - 1, "try"))
            {
                var after = s.Partner(open) + 1;
                if (!s.Is(after, "catch"))
                {
                    return false;
                }

                var body = s.Is(after + 1, "(") ? s.Partner(after + 1) + 1 : after + 1;
                if (!s.Is(body, "{"))
                {
                    return false;
                }

                for (var i = body; i < s.Partner(body); i++)
                {
                    if (s[i].Text is "throw" or "send" or "code" or "status" or "return" or "401" or "403" or "redirect")
                    {
                        return false;
                    }
                }

                return true;
            }
        }

        return false;
    }
}
