using Rampart.Code.Lexing.Python.Syntax;
using Rampart.Code.Routes.Model;

namespace Rampart.Code.Routes.Python.Flask;

/// <summary>Flask auth beyond decorators: <c>before_request</c> hooks that reject anonymous requests, and the endpoints they exempt.</summary>
internal sealed class FlaskAuth(PythonApp app)
{
    private readonly DecoratorAuth _decorators = new(app);

    public AuthRequirement Decorators(PyModule module, PyDefinition view, int routeIndex, IReadOnlyList<PyExpr> extra, List<AuthEvidence> evidence) =>
        _decorators.Decorators(module, view, routeIndex, extra, evidence);

    public IEnumerable<AuthEvidence> Hook(PyModule module, PyDefinition hook, int line, string endpoint, string function, string path)
    {
        var reject = app.RejectLine(module, hook);
        var decorated = hook.Decorators.Select(d => d.Name?.Split('.')[^1]).FirstOrDefault(n => n is not null && app.Vocabulary.AuthDecorators.Contains(n));
        if (reject == 0 && decorated is null)
        {
            yield break;
        }

        var location = PythonApp.At(module, line);
        var (identifiers, strings) = module.Facts(hook.Statement.End, hook.BodyEnd);
        var readsRequest = identifiers.Any(i => i is "endpoint" or "path" or "url_rule" or "blueprint");
        if (readsRequest && strings.Any(s => s == endpoint || s == function || s == path || (s.Length > 1 && s.StartsWith('/') && path.StartsWith(s, StringComparison.Ordinal))))
        {
            yield return new AuthEvidence(AuthEffect.AllowsAnonymous, $"exempted by name in `before_request` hook `{hook.Name}` at {module.Path}:{hook.Line}", location);
            yield break;
        }

        var why = reject > 0 ? $"rejects anonymous requests at {module.Path}:{reject}" : $"is decorated with `@{decorated}`";
        yield return new AuthEvidence(AuthEffect.Requires, $"`before_request` hook `{hook.Name}` {why}", location);
    }
}
