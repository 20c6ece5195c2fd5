using Rampart.Code.Lexing.Python.Syntax;
using Rampart.Code.Routes.Model;

namespace Rampart.Code.Routes.Python.Django;

/// <summary>
/// DRF permission classes: <c>AllowAny</c> (explicitly anonymous), <c>IsAuthenticated</c>/<c>IsAdminUser</c>...
/// (required), the read-only variants (anonymous for GET/HEAD/OPTIONS only), empty lists, project
/// classes with <c>has_permission</c>, and the settings default when a view sets none.
/// </summary>
internal sealed class DrfPermissions(PythonApp app, DjangoSettings settings)
{
    private static readonly string[] SafeMethods = ["GET", "HEAD", "OPTIONS"];

    /// <summary>Evidence for a permission list declared at <paramref name="where"/>; null list = use the settings default.</summary>
    public void Apply(PyModule module, PySequence? list, string where, IReadOnlyList<string> methods, List<AuthEvidence> evidence, List<string> roles)
    {
        if (list is null)
        {
            if (settings.DefaultPermissions.Count == 0)
            {
                return;
            }

            foreach (var (name, line) in settings.DefaultPermissions)
            {
                Classify(settings.Module!, name, null, $"`{name}` from DEFAULT_PERMISSION_CLASSES in {settings.Module!.Path}", line, methods, evidence, roles, 0);
            }

            return;
        }

        if (list.Items.Count == 0)
        {
            evidence.Add(new AuthEvidence(AuthEffect.AllowsAnonymous, $"{where} is empty: no permission check", PythonApp.At(module, list.Line)));
            return;
        }

        foreach (var item in list.Items)
        {
            // `IsAuthenticated | IsAdminUser`: either grants, so the weakest decides; `&` needs both, so the strongest.
            var names = Flatten(item).ToList();
            if (item is PyBinary { Operator: "|" } && names.Any(n => app.Vocabulary.DrfAnonymous.Contains(n.Split('.')[^1])))
            {
                evidence.Add(new AuthEvidence(AuthEffect.AllowsAnonymous, $"`{PyExprParser.Text(module.Tokens, item.Start, item.End)}` in {where} lets anyone through", PythonApp.At(module, item.Line)));
                continue;
            }

            foreach (var name in names)
            {
                Classify(module, name.Split('.')[^1], name, $"`{name.Split('.')[^1]}` in {where}", item.Line, methods, evidence, roles, 0);
            }
        }
    }

    private static IEnumerable<string> Flatten(PyExpr expr) => expr switch
    {
        PyBinary b => Flatten(b.Left).Concat(Flatten(b.Right)),
        PyCall c when c.Name is { } n => [n],
        _ when expr.DottedName is { } n => [n],
        _ => [],
    };

    private void Classify(PyModule module, string name, string? dotted, string shown, int line, IReadOnlyList<string> methods, List<AuthEvidence> evidence, List<string> roles, int depth)
    {
        var location = PythonApp.At(module, line);
        if (app.Vocabulary.DrfAnonymous.Contains(name))
        {
            evidence.Add(new AuthEvidence(AuthEffect.AllowsAnonymous, shown, location));
            return;
        }

        if (app.Vocabulary.DrfReadOnly.Contains(name))
        {
            evidence.Add(methods.All(m => SafeMethods.Contains(m))
                ? new AuthEvidence(AuthEffect.AllowsAnonymous, $"{shown} lets anonymous users read", location)
                : new AuthEvidence(AuthEffect.Requires, $"{shown} (writes need a login)", location));
            return;
        }

        if (app.Vocabulary.DrfRequired.Contains(name))
        {
            if (name == "IsAdminUser")
            {
                roles.Add("staff");
            }

            evidence.Add(new AuthEvidence(AuthEffect.Requires, shown, location));
            return;
        }

        if (depth > 4 || dotted is null || app.Workspace.Resolve(module, dotted) is not { Definition: { IsClass: true } cls } symbol)
        {
            return;
        }

        var chain = DjangoClassChain.Of(app, symbol.Module, cls);
        if (chain.Method("has_permission") is { } has)
        {
            evidence.Add(new AuthEvidence(AuthEffect.Requires, $"{shown}: `has_permission` at {has.Module.Path}:{has.Method.Line}", location));
            return;
        }

        if (chain.External.FirstOrDefault(e => app.Vocabulary.DrfRequired.Contains(e.Name) || app.Vocabulary.DrfReadOnly.Contains(e.Name)) is { Name: { } inherited })
        {
            Classify(module, inherited, null, $"{shown} (a `{inherited}`)", line, methods, evidence, roles, depth + 1);
            return;
        }

        if (chain.Method("has_object_permission") is { } objectOnly)
        {
            evidence.Add(new AuthEvidence(AuthEffect.Ignored, $"{shown} only checks objects (`has_object_permission` at {objectOnly.Module.Path}:{objectOnly.Method.Line}): anonymous requests reach the view", location));
        }
    }
}
