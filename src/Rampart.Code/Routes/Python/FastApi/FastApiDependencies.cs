using Rampart.Code.Lexing.Python.Syntax;
using Rampart.Code.Routes.Model;

namespace Rampart.Code.Routes.Python.FastApi;

/// <summary>
/// Decides what a FastAPI dependency does for auth: <c>Depends(get_current_user)</c>,
/// <c>Security(verify, scopes=[...])</c>, a security scheme instance (<c>OAuth2PasswordBearer</c>...,
/// optional with <c>auto_error=False</c>), or a project function that itself depends on one of
/// those or rejects with 401/403. Non-auth dependencies (<c>get_db</c>) give no evidence.
/// </summary>
internal sealed class FastApiDependencies(PythonApp app)
{
    private const int MaxDepth = 5;

    /// <summary>Evidence for each <c>Depends(...)</c>/<c>Security(...)</c> in a <c>dependencies=[...]</c> list.</summary>
    public List<(AuthEvidence Evidence, IReadOnlyList<string> Scopes)> FromList(PyModule module, PyExpr? list, string where)
    {
        var result = new List<(AuthEvidence, IReadOnlyList<string>)>();
        if (list is not PySequence sequence)
        {
            return result;
        }

        foreach (var item in sequence.Items.OfType<PyCall>())
        {
            if (Classify(module, item, where, 0) is { } found)
            {
                result.Add(found);
            }
        }

        return result;
    }

    /// <summary>Evidence from the route function's parameters (defaults and Annotated metadata, aliases followed across files).</summary>
    public List<(AuthEvidence Evidence, IReadOnlyList<string> Scopes)> FromParameters(PyModule module, PyDefinition function, int depth = 0)
    {
        var result = new List<(AuthEvidence, IReadOnlyList<string>)>();
        foreach (var parameter in function.Parameters)
        {
            if (parameter.Default is PyCall call && Classify(module, call, $"parameter `{parameter.Name}`", depth) is { } fromDefault)
            {
                result.Add(fromDefault);
            }

            foreach (var (marker, markerModule, alias) in AnnotatedMarkers(module, parameter.Annotation))
            {
                var where = alias is null ? $"parameter `{parameter.Name}`" : $"parameter `{parameter.Name}: {alias}";
                if (Classify(markerModule, marker, where, depth) is { } fromAnnotation)
                {
                    result.Add(fromAnnotation);
                }
            }
        }

        return result;
    }

    /// <summary>The Depends/Security calls inside <c>Annotated[T, Depends(x)]</c>, directly or through an alias (<c>CurrentUser</c>).</summary>
    private IEnumerable<(PyCall Marker, PyModule Module, string? Alias)> AnnotatedMarkers(PyModule module, PyExpr? annotation)
    {
        switch (annotation)
        {
            case PySubscript { Target.LastName: "Annotated" } subscript:
                foreach (var call in subscript.Items.Skip(1).OfType<PyCall>().Where(c => c.LastName is "Depends" or "Security"))
                {
                    yield return (call, module, null);
                }

                break;
            case PyName name when app.Workspace.Resolve(module, name.Dotted) is { Assignment.Value: PySubscript { Target.LastName: "Annotated" } aliased } symbol:
                foreach (var call in aliased.Items.Skip(1).OfType<PyCall>().Where(c => c.LastName is "Depends" or "Security"))
                {
                    yield return (call, symbol.Module, $"{name.Dotted}` via the alias at {symbol.Module.Path}:{symbol.Assignment.Line}");
                }

                break;
        }
    }

    /// <summary>What one <c>Depends(x)</c>/<c>Security(x)</c> does, or null when it is not about auth.</summary>
    public (AuthEvidence Evidence, IReadOnlyList<string> Scopes)? Classify(PyModule module, PyCall marker, string where, int depth)
    {
        if (marker.LastName is not ("Depends" or "Security") || depth > MaxDepth)
        {
            return null;
        }

        var target = marker.Arg(0, "dependency");
        var scopes = marker.Keyword("scopes") is PySequence s ? s.Items.Select(i => app.StringValue(module, i)).OfType<string>().ToList() : [];
        var location = PythonApp.At(module, marker.Line);
        var (name, roles) = target switch
        {
            PyName n => (n.Dotted, new List<string>()),
            PyCall c when c.Name is { } called => (called, c.Positional.Concat(c.Positional.OfType<PySequence>().SelectMany(q => q.Items)).Select(a => app.StringValue(module, a)).OfType<string>().ToList()),
            _ => (null, []),
        };
        if (name is null)
        {
            return null;
        }

        var last = name.Split('.')[^1];
        var kind = marker.LastName;
        var shown = where.Length > 0 ? $" ({where})" : "";
        if (app.Vocabulary.Optional.Contains(last))
        {
            return (new AuthEvidence(AuthEffect.Ignored, $"`{kind}({name})`{shown} is optional auth: anonymous requests get through", location), scopes);
        }

        if (app.Vocabulary.AuthDependencies.Contains(last))
        {
            return (new AuthEvidence(AuthEffect.Requires, $"`{kind}({name})`{shown}", location), [.. scopes, .. roles]);
        }

        var symbol = app.Workspace.Resolve(module, name);
        if (symbol?.Assignment?.Value is PyCall { LastName: { } schemeClass } scheme && app.Vocabulary.SecuritySchemes.Contains(schemeClass))
        {
            var optional = scheme.Keyword("auto_error") is PyOther { Text: "False" };
            return optional
                ? (new AuthEvidence(AuthEffect.Ignored, $"`{kind}({name})`{shown}: `{schemeClass}(auto_error=False)` at {symbol.Module.Path}:{symbol.Assignment.Line} lets requests without credentials through", location), scopes)
                : (new AuthEvidence(AuthEffect.Requires, $"`{kind}({name})`{shown}: `{schemeClass}` at {symbol.Module.Path}:{symbol.Assignment.Line} rejects requests without credentials", location), scopes);
        }

        if (symbol?.Definition is not { } definition)
        {
            return null;
        }

        // A project dependency: auth when it depends on auth itself (and does not make it optional) or rejects with 401/403.
        var function = definition.IsClass ? symbol.Module.Method(definition, "__call__") : definition;
        if (function is null)
        {
            return null;
        }

        var inner = FromParameters(symbol.Module, function, depth + 1);
        var reject = app.RejectLine(symbol.Module, function);
        if (inner.Any(i => i.Evidence.Effect == AuthEffect.Requires) || reject > 0)
        {
            var why = reject > 0 ? $"rejects anonymous callers at {symbol.Module.Path}:{reject}" : $"depends on {inner.First(i => i.Evidence.Effect == AuthEffect.Requires).Evidence.Description.Split(' ')[0]}";
            return (new AuthEvidence(AuthEffect.Requires, $"`{kind}({name})`{shown}: `{definition.Name}` at {symbol.Module.Path}:{definition.Line} {why}", location), [.. scopes, .. roles]);
        }

        if (inner.Any(i => i.Evidence.Effect == AuthEffect.Ignored))
        {
            return (new AuthEvidence(AuthEffect.Ignored, $"`{kind}({name})`{shown}: `{definition.Name}` at {symbol.Module.Path}:{definition.Line} only reads optional credentials", location), scopes);
        }

        return null;
    }
}
