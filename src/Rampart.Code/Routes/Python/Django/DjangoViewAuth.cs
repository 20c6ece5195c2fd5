using Rampart.Code.Lexing.Python;
using Rampart.Code.Lexing.Python.Syntax;
using Rampart.Code.Routes.Model;

namespace Rampart.Code.Routes.Python.Django;

/// <summary>
/// The methods and auth of one Django view: decorators and urls.py wrappers, CBV mixins and
/// <c>method_decorator</c>, DRF <c>@api_view</c>/<c>@permission_classes</c> and <c>permission_classes</c>
/// (or the settings default), in-handler <c>request.user.is_authenticated</c> checks, and
/// LoginRequiredMiddleware with <c>@login_not_required</c>.
/// </summary>
internal sealed class DjangoViewAuth(PythonApp app, DjangoSettings settings)
{
    private static readonly string[] HttpVerbs = ["get", "post", "put", "patch", "delete"];

    private static readonly Dictionary<string, string[]> GenericViewMethods = new(StringComparer.Ordinal)
    {
        ["TemplateView"] = ["GET"], ["ListView"] = ["GET"], ["DetailView"] = ["GET"], ["RedirectView"] = ["GET"], ["ArchiveIndexView"] = ["GET"],
        ["CreateView"] = ["GET", "POST"], ["UpdateView"] = ["GET", "POST"], ["FormView"] = ["GET", "POST"], ["DeleteView"] = ["GET", "POST"], ["LoginView"] = ["GET", "POST"], ["LogoutView"] = ["POST"],
        ["ListAPIView"] = ["GET"], ["RetrieveAPIView"] = ["GET"], ["CreateAPIView"] = ["POST"], ["DestroyAPIView"] = ["DELETE"], ["UpdateAPIView"] = ["PUT", "PATCH"],
        ["ListCreateAPIView"] = ["GET", "POST"], ["RetrieveUpdateAPIView"] = ["GET", "PUT", "PATCH"], ["RetrieveDestroyAPIView"] = ["GET", "DELETE"], ["RetrieveUpdateDestroyAPIView"] = ["GET", "PUT", "PATCH", "DELETE"],
    };

    private readonly DecoratorAuth _decorators = new(app);
    private readonly DrfPermissions _drf = new(app, settings);

    public sealed record Result(IReadOnlyList<string> Methods, List<AuthEvidence> Evidence, AuthRequirement Requirement, string? UnknownReason);

    public static bool IsDrfClass(DjangoClassChain chain) =>
        chain.AllNames.Any(n => n.EndsWith("APIView", StringComparison.Ordinal) || n.EndsWith("ViewSet", StringComparison.Ordinal) || n == "ViewSetMixin");

    public Result Evaluate(DjangoView view, IReadOnlyList<string>? methods = null, PyCall? action = null)
    {
        var evidence = new List<AuthEvidence>();
        var roles = new List<string>();
        var policies = new List<string>();
        string? unknown = null;
        foreach (var (module, wrapper) in view.Wrappers)
        {
            _decorators.Classify(module, wrapper, wrapper.Line, false, evidence, roles, policies, null);
        }

        var definition = view.Definition;
        var module0 = view.Module;
        if (!definition.IsClass)
        {
            var apiView = definition.Decorators.FirstOrDefault(d => d.Name?.Split('.')[^1] == "api_view");
            methods ??= apiView is not null ? app.Methods(module0, apiView.Call?.Arg(0, "http_method_names")) ?? ["GET"] : FunctionMethods(definition, module0);
            var requirement = _decorators.Decorators(module0, definition, -1, [], evidence);
            roles.AddRange(requirement.Roles);
            policies.AddRange(requirement.Policies);
            if (apiView is not null)
            {
                var declared = definition.Decorators.FirstOrDefault(d => d.Name?.Split('.')[^1] == "permission_classes")?.Call?.Positional.FirstOrDefault() as PySequence;
                _drf.Apply(module0, declared, "`@permission_classes`", methods, evidence, roles);
            }

            InlineChecks(module0, definition, evidence);
        }
        else
        {
            var chain = DjangoClassChain.Of(app, module0, definition);
            methods ??= view.ActionMethods ?? ClassMethods(chain);
            foreach (var (name, module, via) in chain.External.Where(e => app.Vocabulary.AuthMixins.Contains(e.Name)))
            {
                var inherited = via == definition ? "" : $" (inherited from `{via.Name}` at {module.Path}:{via.Line})";
                evidence.Add(new AuthEvidence(AuthEffect.Requires, $"`{name}` on the view{inherited}", PythonApp.At(module, via.Line)));
                if (chain.Attribute("permission_required") is { } permission)
                {
                    policies.AddRange(permission.Assignment.Value is PySequence many ? many.Items.Select(i => app.StringValue(permission.Module, i)).OfType<string>() : new[] { app.StringValue(permission.Module, permission.Assignment.Value) }.OfType<string>());
                }
            }

            foreach (var (module, cls) in chain.Classes)
            {
                var requirement = _decorators.Decorators(module, cls, -1, [], evidence);
                roles.AddRange(requirement.Roles);
                policies.AddRange(requirement.Policies);
                if (module.Method(cls, "dispatch") is { } dispatch)
                {
                    requirement = _decorators.Decorators(module, dispatch, -1, [], evidence);
                    roles.AddRange(requirement.Roles);
                    policies.AddRange(requirement.Policies);
                }
            }

            if (IsDrfClass(chain))
            {
                var actionPermissions = action?.Keyword("permission_classes") as PySequence;
                var declared = chain.Attribute("permission_classes");
                if (actionPermissions is not null)
                {
                    _drf.Apply(module0, actionPermissions, "`@action(permission_classes=...)`", methods, evidence, roles);
                }
                else if (declared is null && chain.Method("get_permissions") is { } computed)
                {
                    unknown = $"permissions are computed in `get_permissions()` at {computed.Module.Path}:{computed.Method.Line}";
                }
                else if (declared is { } set && set.Assignment.Value is not PySequence)
                {
                    unknown = $"`permission_classes` at {set.Module.Path}:{set.Assignment.Line} is not a literal list";
                }
                else
                {
                    _drf.Apply(declared?.Module ?? module0, declared?.Assignment.Value as PySequence, declared is null ? "" : $"`permission_classes` of `{definition.Name}`", methods, evidence, roles);
                }
            }

            foreach (var verb in HttpVerbs)
            {
                if (chain.Method(verb) is { } handler)
                {
                    InlineChecks(handler.Module, handler.Method, evidence);
                }
            }
        }

        if (settings.LoginRequiredMiddlewareLine > 0 && settings.Module is { } settingsModule && !evidence.Any(e => e.Effect == AuthEffect.AllowsAnonymous))
        {
            evidence.Insert(0, new AuthEvidence(AuthEffect.Requires, "`LoginRequiredMiddleware` in MIDDLEWARE", PythonApp.At(settingsModule, settings.LoginRequiredMiddlewareLine)));
        }

        var result = new AuthRequirement { Roles = roles.Distinct(StringComparer.Ordinal).ToList(), Policies = policies.Distinct(StringComparer.Ordinal).ToList() };
        return new Result(methods, evidence, result, unknown);
    }

    private List<string> FunctionMethods(PyDefinition definition, PyModule module)
    {
        foreach (var decorator in definition.Decorators)
        {
            switch (decorator.Name?.Split('.')[^1])
            {
                case "require_http_methods":
                    return app.Methods(module, decorator.Call?.Arg(0, "request_method_list"))?.ToList() ?? ["*"];
                case "require_GET":
                    return ["GET"];
                case "require_POST":
                    return ["POST"];
                case "require_safe":
                    return ["GET", "HEAD"];
            }
        }

        // Django serves a function view for every method; what the body reads says which ones it is written for
        // (a plain page is a GET; a view reading request.POST/method/body handles a form or an API call too).
        var tokens = module.Tokens;
        for (var i = definition.Statement.End; i + 2 < definition.BodyEnd; i++)
        {
            if (tokens[i].IsName("request") && tokens[i + 1].Is(".") && tokens[i + 2].Kind == PythonTokenKind.Name && tokens[i + 2].Text is "method" or "POST" or "FILES" or "body" or "data")
            {
                return ["GET", "POST"];
            }
        }

        return ["GET"];
    }

    private static List<string> ClassMethods(DjangoClassChain chain)
    {
        var defined = HttpVerbs.Where(v => chain.Method(v) is not null).Select(v => v.ToUpperInvariant()).ToList();
        foreach (var name in chain.External.Select(e => e.Name))
        {
            if (GenericViewMethods.TryGetValue(name, out var generic))
            {
                defined.AddRange(generic);
            }
        }

        return defined.Count == 0 ? ["*"] : [.. HttpVerbs.Select(v => v.ToUpperInvariant()).Where(defined.Contains)];
    }

    /// <summary><c>if not request.user.is_authenticated: return redirect(...)</c> and similar checks in the handler body.</summary>
    private static void InlineChecks(PyModule module, PyDefinition function, List<AuthEvidence> evidence)
    {
        var tokens = module.Tokens;
        for (var i = function.Statement.End; i < function.BodyEnd; i++)
        {
            if (!tokens[i].IsName("if") && !tokens[i].IsName("elif"))
            {
                continue;
            }

            for (var j = i + 1; j < function.BodyEnd && !tokens[j].Is(":") && tokens[j].Kind != PythonTokenKind.Newline; j++)
            {
                if (tokens[j].Kind == PythonTokenKind.Name && tokens[j].Text is "is_authenticated" or "is_anonymous" or "is_staff" or "is_superuser" or "has_perm" or "has_perms"
                    && j >= 2 && tokens[j - 2].IsName("user"))
                {
                    evidence.Add(new AuthEvidence(AuthEffect.Requires, $"in-handler `{PyExprParser.Text(tokens, i + 1, j + 1)}` check", PythonApp.At(module, tokens[i].Line)));
                    return;
                }
            }
        }
    }
}
