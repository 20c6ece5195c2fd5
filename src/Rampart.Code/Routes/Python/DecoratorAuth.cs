using Rampart.Code.Lexing.Python.Syntax;
using Rampart.Code.Routes.Model;

namespace Rampart.Code.Routes.Python;

/// <summary>
/// What the decorators of a Flask or Django view do for auth: vocabulary decorators
/// (<c>login_required</c>, <c>jwt_required()</c>, <c>auth.login_required</c>, <c>permission_required</c>...),
/// their optional forms (<c>optional=True</c>), public markers, <c>csrf_exempt</c> noted, and project
/// decorators that reject anonymous callers. In Flask a decorator placed above the route decorator
/// wraps the function after it was registered and protects nothing.
/// </summary>
internal sealed class DecoratorAuth(PythonApp app)
{
    /// <summary>Adds evidence for the view's decorators (and <paramref name="extra"/> ones, e.g. a MethodView's <c>decorators = [...]</c>); returns the requirement.</summary>
    public AuthRequirement Decorators(PyModule module, PyDefinition view, int routeIndex, IReadOnlyList<PyExpr> extra, List<AuthEvidence> evidence)
    {
        var roles = new List<string>();
        var policies = new List<string>();
        var all = view.Decorators.Select((d, i) => (d.Expression, d.Line, Above: routeIndex >= 0 && i < routeIndex))
            .Concat(extra.Select(e => (Expression: e, e.Line, Above: false)));
        foreach (var (expression, line, above) in all)
        {
            if (expression is PyCall { LastName: "method_decorator" } wrapper && wrapper.Positional.FirstOrDefault() is { } inner)
            {
                Classify(module, inner, line, false, evidence, roles, policies, "method_decorator");
                continue;
            }

            Classify(module, expression, line, above, evidence, roles, policies, null);
        }

        return new AuthRequirement { Roles = roles.Distinct(StringComparer.Ordinal).ToList(), Policies = policies.Distinct(StringComparer.Ordinal).ToList() };
    }

    public void Classify(PyModule module, PyExpr expression, int line, bool aboveRoute, List<AuthEvidence> evidence, List<string> roles, List<string> policies, string? via)
    {
        var name = expression is PyCall call ? call.Name : expression.DottedName;
        if (name is null)
        {
            return;
        }

        var last = name.Split('.')[^1];
        var shown = via is null ? $"`@{name}{(expression is PyCall ? "(...)" : "")}`" : $"`@{via}({name})`";
        var location = PythonApp.At(module, line);
        if (last is "csrf_exempt" or "exempt" && (last == "csrf_exempt" || name.Contains("csrf", StringComparison.OrdinalIgnoreCase)))
        {
            evidence.Add(new AuthEvidence(AuthEffect.Note, $"{shown}: CSRF protection is off for this view", location));
            return;
        }

        if (app.Vocabulary.Public.Contains(last))
        {
            evidence.Add(new AuthEvidence(AuthEffect.AllowsAnonymous, $"{shown} marks the view public", location));
            return;
        }

        var isAuth = app.Vocabulary.AuthDecorators.Contains(last) && !app.Vocabulary.Optional.Contains(last);
        var why = "";
        if (!isAuth && app.Vocabulary.Optional.Contains(last))
        {
            evidence.Add(new AuthEvidence(AuthEffect.Ignored, $"{shown} is optional auth: anonymous requests get through", location));
            return;
        }

        if (!isAuth && app.Workspace.Resolve(module, expression is PyCall c ? c.Name! : name) is { Definition: { IsClass: false } custom } symbol)
        {
            // A project decorator (or decorator factory): auth when its body rejects anonymous callers or applies an auth decorator.
            var reject = app.RejectLine(symbol.Module, custom);
            var usesAuth = symbol.Module.Facts(custom.Statement.End, custom.BodyEnd).Identifiers.FirstOrDefault(i => app.Vocabulary.AuthDecorators.Contains(i) && i != custom.Name);
            if (reject > 0 || usesAuth is not null)
            {
                isAuth = true;
                why = reject > 0 ? $": `{custom.Name}` at {symbol.Module.Path}:{custom.Line} rejects anonymous callers at {symbol.Module.Path}:{reject}" : $": `{custom.Name}` at {symbol.Module.Path}:{custom.Line} applies `{usesAuth}`";
            }
        }

        if (!isAuth)
        {
            return;
        }

        if (expression is PyCall withArgs && withArgs.Keyword("optional") is PyOther { Text: "True" })
        {
            evidence.Add(new AuthEvidence(AuthEffect.Ignored, $"`@{name}(optional=True)` lets anonymous requests through", location));
            return;
        }

        if (aboveRoute)
        {
            evidence.Add(new AuthEvidence(AuthEffect.Ignored, $"{shown} is above the route decorator: the function was registered before it was wrapped, so it protects nothing", location));
            return;
        }

        if (expression is PyCall args)
        {
            var strings = args.Positional.Concat(args.Positional.OfType<PySequence>().SelectMany(s => s.Items)).Select(a => app.StringValue(module, a)).OfType<string>().ToList();
            if (app.Vocabulary.RoleDecorators.Contains(last))
            {
                roles.AddRange(strings);
            }
            else if (app.Vocabulary.PermissionDecorators.Contains(last))
            {
                policies.AddRange(strings);
            }

            if (args.Keyword("role") is { } role)
            {
                roles.AddRange(role is PySequence rs ? rs.Items.Select(i => app.StringValue(module, i)).OfType<string>() : new[] { app.StringValue(module, role) }.OfType<string>());
            }
        }

        if (last is "staff_member_required" or "admin_required" or "superuser_required")
        {
            roles.Add(last == "superuser_required" ? "superuser" : last == "admin_required" ? "admin" : "staff");
        }

        evidence.Add(new AuthEvidence(AuthEffect.Requires, shown + why, location));
    }
}
