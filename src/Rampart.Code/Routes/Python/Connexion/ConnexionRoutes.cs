using Rampart.Code.Lexing.Python.Syntax;
using Rampart.Code.Routes.Model;
using Rampart.Core.Findings;
using Rampart.Core.Scanning;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Rampart.Code.Routes.Python.Connexion;

/// <summary>
/// Connexion apps, whose routes live in an OpenAPI/Swagger file: <c>app = connexion.FlaskApp(__name__,
/// specification_dir="spec/")</c> then <c>app.add_api("openapi.yaml", base_path="/v1")</c>. Each
/// operation of the file is a route (its <c>operationId</c> the handler); auth comes from the
/// operation's <c>security</c>, else the file's top-level <c>security</c>, and <c>security: []</c> opts
/// out. Connexion skips a security scheme it has no validation function for (<c>x-bearerInfoFunc</c>,
/// <c>x-tokenInfoFunc</c>, <c>x-basicInfoFunc</c>, <c>x-apikeyInfoFunc</c>, or their environment
/// variables): such a requirement is declared but not enforced.
/// </summary>
internal static class ConnexionRoutes
{
    private static readonly string[] AppClasses = ["App", "FlaskApp", "AsyncApp"];
    private static readonly string[] Verbs = ["get", "put", "post", "delete", "options", "head", "patch"];

    public static async Task<List<RouteProblem>> ExtractAsync(PythonApp app, ScanContext context, CancellationToken cancellationToken)
    {
        var problems = new List<RouteProblem>();
        foreach (var (module, call, specDirectory) in AddApiCalls(app))
        {
            if (call.Arg(0, "specification") is not PyString { IsFormatted: false } spec)
            {
                continue;
            }

            var folder = Folder(module.Path);
            var specPath = Normalise(string.Join('/', new[] { folder, specDirectory, spec.Value }.Where(p => p.Length > 0)));
            var file = context.Files.FirstOrDefault(f => f.Path == specPath);
            if (file is null || await context.ReadTextAsync(file, cancellationToken).ConfigureAwait(false) is not { } text)
            {
                app.Routes.Add(app.Route(RouteFramework.Flask, RouteKind.Handler, ["*"], "/*", $"add_api(\"{spec.Value}\")", PythonApp.At(module, call.Line), [], HandlerFacts.Empty, null, unknownReason: $"the OpenAPI file {specPath} is not in the scanned tree"));
                continue;
            }

            YamlMappingNode root;
            try
            {
                var stream = new YamlStream();
                stream.Load(new StringReader(text.Text));
                root = stream.Documents.FirstOrDefault()?.RootNode as YamlMappingNode ?? throw new YamlException("the document is not a mapping");
            }
            catch (YamlException e)
            {
                context.Warnings.Add(new ScanWarning($"{specPath}:{e.Start.Line}: not a readable OpenAPI document ({e.Message.Split('\n')[0]}); its connexion routes are not listed") { Path = specPath, Detector = "python-routes" });
                continue;
            }

            var basePath = (call.Keyword("base_path") as PyString)?.Value ?? BasePath(root);
            ReadOperations(app, root, specPath, basePath, problems);
        }

        return problems;
    }

    private static void ReadOperations(PythonApp app, YamlMappingNode root, string specPath, string basePath, List<RouteProblem> problems)
    {
        var schemes = Schemes(root, specPath);
        var global = Child(root, "security") as YamlSequenceNode;
        var reportedSchemes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (pathNode, item) in Entries(Child(root, "paths")))
        {
            if (pathNode is not YamlScalarNode { Value: { } path } || item is not YamlMappingNode operations)
            {
                continue;
            }

            foreach (var (verbNode, operationNode) in operations.Children)
            {
                if (verbNode is not YamlScalarNode { Value: { } verb } || !Verbs.Contains(verb) || operationNode is not YamlMappingNode operation)
                {
                    continue;
                }

                var location = new SourceLocation(specPath, (int)verbNode.Start.Line);
                var operationId = (Child(operation, "operationId") as YamlScalarNode)?.Value ?? $"{verb} {path}";
                var evidence = new List<AuthEvidence>();
                var requirement = AuthRequirement.AnyUser;
                var (security, where) = Child(operation, "security") is YamlSequenceNode own ? (own, "on the operation") : (global, "at the top of the file");
                if (security is { Children.Count: 0 })
                {
                    evidence.Add(new AuthEvidence(AuthEffect.AllowsAnonymous, $"`security: []` {where}", new SourceLocation(specPath, (int)security.Start.Line)));
                }
                else if (security is not null)
                {
                    foreach (var name in security.Children.OfType<YamlMappingNode>().SelectMany(r => r.Children.Keys).OfType<YamlScalarNode>().Select(k => k.Value!).Distinct())
                    {
                        var declared = new SourceLocation(specPath, (int)security.Start.Line);
                        if (schemes.TryGetValue(name, out var scheme) && scheme.Enforced)
                        {
                            evidence.Add(new AuthEvidence(AuthEffect.Requires, $"security scheme `{name}` ({scheme.Type}) {where}", declared));
                            requirement = requirement.Combine(new AuthRequirement { Schemes = [name] });
                        }
                        else
                        {
                            var why = scheme is null ? "is not defined in the file" : $"has no {scheme.ExpectedFunction}: connexion skips the check";
                            evidence.Add(new AuthEvidence(AuthEffect.Ignored, $"security scheme `{name}` {where} {why}", scheme?.Location ?? declared));
                            if (reportedSchemes.Add(name))
                            {
                                problems.Add(new RouteProblem(RouteProblemKind.AuthNotEnforced, $"operations require the security scheme `{name}`, but it {why}: those routes are open", scheme?.Location ?? declared)
                                {
                                    Framework = RouteFramework.Flask,
                                    Detail = $"connexion scheme {name} not enforced",
                                    Related = [location with { Label = $"{verb.ToUpperInvariant()} {path} relies on it" }],
                                });
                            }
                        }
                    }
                }

                var handler = HandlerOf(app, operationId);
                app.Routes.Add(app.Route(RouteFramework.Flask, RouteKind.Handler, [verb.ToUpperInvariant()], basePath.TrimEnd('/') + path, operationId, location, evidence,
                    handler is { } h ? PythonApp.Facts(h.Module, h.Definition) : HandlerFacts.Empty, $"OpenAPI file {specPath}", requirement));
            }
        }
    }

    /// <summary>The scheme definitions (OpenAPI 3 <c>components.securitySchemes</c>, Swagger 2 <c>securityDefinitions</c>).</summary>
    private static Dictionary<string, SecurityScheme> Schemes(YamlMappingNode root, string specPath)
    {
        var schemes = new Dictionary<string, SecurityScheme>(StringComparer.Ordinal);
        var definitions = (Child(Child(root, "components") as YamlMappingNode, "securitySchemes") ?? Child(root, "securityDefinitions")) as YamlMappingNode;
        foreach (var (nameNode, definitionNode) in Entries(definitions))
        {
            if (nameNode is YamlScalarNode { Value: { } name } && definitionNode is YamlMappingNode definition)
            {
                var type = (Child(definition, "type") as YamlScalarNode)?.Value ?? "";
                var httpScheme = (Child(definition, "scheme") as YamlScalarNode)?.Value;
                var expected = type switch
                {
                    "oauth2" => "x-tokenInfoFunc",
                    "apiKey" => "x-apikeyInfoFunc",
                    "basic" => "x-basicInfoFunc",
                    "http" when httpScheme == "basic" => "x-basicInfoFunc",
                    "openIdConnect" => "x-tokenInfoFunc",
                    _ => "x-bearerInfoFunc",
                };
                var enforced = definition.Children.Keys.OfType<YamlScalarNode>().Any(k => k.Value is "x-tokenInfoFunc" or "x-tokenInfoUrl" or "x-bearerInfoFunc" or "x-basicInfoFunc" or "x-apikeyInfoFunc");
                schemes[name] = new SecurityScheme(type.Length == 0 ? "unknown type" : httpScheme is null ? type : $"{type} {httpScheme}", expected, enforced, new SourceLocation(specPath, (int)nameNode.Start.Line));
            }
        }

        return schemes;
    }

    private static string BasePath(YamlMappingNode root)
    {
        if (Child(root, "basePath") is YamlScalarNode { Value: { } basePath })
        {
            return basePath;
        }

        var server = (Child(root, "servers") as YamlSequenceNode)?.Children.OfType<YamlMappingNode>().FirstOrDefault();
        var url = (Child(server, "url") as YamlScalarNode)?.Value ?? "";
        return Uri.TryCreate(url, UriKind.Absolute, out var absolute) ? absolute.AbsolutePath : url.StartsWith('/') ? url : "";
    }

    /// <summary><c>app.add_api(...)</c> on a connexion app, with the app's <c>specification_dir</c>.</summary>
    private static IEnumerable<(PyModule Module, PyCall Call, string SpecDirectory)> AddApiCalls(PythonApp app)
    {
        foreach (var module in app.Workspace.Modules)
        {
            var apps = module.Assignments
                .Where(a => a.Assignment.Value is PyCall { LastName: { } name } call && AppClasses.Contains(name) && IsConnexion(module, call))
                .ToDictionary(a => a.Assignment.Target, a => (a.Assignment.Value as PyCall)!.Keyword("specification_dir") is PyString { } dir ? dir.Value.Trim('/') : "", StringComparer.Ordinal);
            foreach (var (call, _) in module.Calls)
            {
                if (call.Name is { } name && name.EndsWith(".add_api", StringComparison.Ordinal) && apps.TryGetValue(name[..^".add_api".Length], out var directory))
                {
                    yield return (module, call, directory);
                }
            }
        }
    }

    private static bool IsConnexion(PyModule module, PyCall call) =>
        call.Name?.StartsWith("connexion.", StringComparison.Ordinal) == true
        || module.Imports.Any(i => i.Module == "connexion" || i.Module.StartsWith("connexion.", StringComparison.Ordinal));

    private static (PyModule Module, PyDefinition Definition)? HandlerOf(PythonApp app, string operationId)
    {
        var dot = operationId.LastIndexOf('.');
        if (dot <= 0)
        {
            return null;
        }

        var module = app.Workspace.Modules.FirstOrDefault(m => m.ModuleName == operationId[..dot] || m.ModuleName.EndsWith("." + operationId[..dot], StringComparison.Ordinal));
        var definition = module?.Definitions.FirstOrDefault(d => !d.IsClass && d.Name == operationId[(dot + 1)..]);
        return module is null || definition is null ? null : (module, definition);
    }

    private static IEnumerable<KeyValuePair<YamlNode, YamlNode>> Entries(YamlNode? node) =>
        node is YamlMappingNode mapping ? mapping.Children : [];

    private static YamlNode? Child(YamlMappingNode? node, string key) =>
        node is not null && node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    private static string Folder(string path) => path.Contains('/') ? path[..path.LastIndexOf('/')] : "";

    private static string Normalise(string path)
    {
        var parts = new List<string>();
        foreach (var part in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == "..")
            {
                if (parts.Count > 0)
                {
                    parts.RemoveAt(parts.Count - 1);
                }
            }
            else if (part != ".")
            {
                parts.Add(part);
            }
        }

        return string.Join('/', parts);
    }

    private sealed record SecurityScheme(string Type, string ExpectedFunction, bool Enforced, SourceLocation Location);
}
