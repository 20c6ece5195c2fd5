using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Rampart.Code.CSharp;
using Rampart.Code.Routes.Model;

namespace Rampart.Code.Routes.AspNetCore;

/// <summary>
/// MVC controllers and their actions: which classes are controllers, attribute routes combined from
/// class and action (with <c>~/</c> overrides and <c>[controller]</c>/<c>[action]</c>/<c>[area]</c>
/// tokens), conventional routes for actions without one, and the auth attributes of the action, the
/// class and every base class in the project.
/// </summary>
internal sealed class ControllerRoutes(CSharpProject project, AuthAttributeReader attributes)
{
    private static readonly Dictionary<string, string> VerbAttributes = new(StringComparer.Ordinal)
    {
        ["HttpGet"] = "GET", ["HttpPost"] = "POST", ["HttpPut"] = "PUT", ["HttpPatch"] = "PATCH", ["HttpDelete"] = "DELETE", ["HttpHead"] = "HEAD", ["HttpOptions"] = "OPTIONS",
    };

    private static readonly HashSet<string> FrameworkControllerBases = new(StringComparer.Ordinal) { "Controller", "ControllerBase" };

    public IEnumerable<EndpointCandidate> Expand(EndpointNode mapping, IReadOnlyList<(string Pattern, Core.Findings.SourceLocation Location)> conventional)
    {
        foreach (var type in project.Classes)
        {
            var chain = BaseChain(type, out var unresolvedBase);
            if (!IsController(type, chain, unresolvedBase))
            {
                continue;
            }

            foreach (var candidate in Actions(type, chain, unresolvedBase, mapping, conventional))
            {
                yield return candidate;
            }
        }
    }

    private IEnumerable<EndpointCandidate> Actions(ClassDeclarationSyntax type, IReadOnlyList<ClassDeclarationSyntax> chain, string? unresolvedBase, EndpointNode mapping, IReadOnlyList<(string Pattern, Core.Findings.SourceLocation Location)> conventional)
    {
        var controllerName = StripSuffix(type.Identifier.ValueText, "Controller");
        var area = chain.SelectMany(c => c.AttributeLists.SelectMany(l => l.Attributes)).FirstOrDefault(a => AuthAttributeReader.Normalise(a.Name.ToString()) == "Area") is { } areaAttribute
            ? project.ConstantString(areaAttribute.ArgumentList?.Arguments.FirstOrDefault()?.Expression)
            : null;
        var classTemplates = chain.Select(c => Templates(c.AttributeLists).Where(t => t.Template is not null).Select(t => t.Template!).ToList()).FirstOrDefault(t => t.Count > 0) ?? [];

        // Auth: base-most class first, then the controller, then the action; MapControllers conventions before all.
        var classDeclarations = chain.AsEnumerable().Reverse()
            .SelectMany(c => attributes.Read(c.AttributeLists, c == type ? $"on `{type.Identifier.ValueText}`" : $"inherited from `{c.Identifier.ValueText}`"))
            .ToList();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var method in chain.SelectMany(c => c.Members.OfType<MethodDeclarationSyntax>()))
        {
            if (!IsAction(method) || !seen.Add(method.Identifier.ValueText + method.ParameterList.Parameters.Count))
            {
                continue;
            }

            var actionName = method.AttributeLists.SelectMany(l => l.Attributes).FirstOrDefault(a => AuthAttributeReader.Normalise(a.Name.ToString()) == "ActionName") is { } named
                ? project.ConstantString(named.ArgumentList?.Arguments.FirstOrDefault()?.Expression) ?? method.Identifier.ValueText
                : StripSuffix(method.Identifier.ValueText, "Async");
            var actionDeclarations = attributes.Read(method.AttributeLists, "on the action").ToList();
            var selectors = Selectors(method);
            var paths = new List<(IReadOnlyList<string> Methods, string Path)>();
            foreach (var (verbs, template) in selectors)
            {
                if (template is not null && (template.StartsWith('/') || template.StartsWith("~/", StringComparison.Ordinal)))
                {
                    paths.Add((verbs, template.TrimStart('~')));
                }
                else if (classTemplates.Count > 0)
                {
                    paths.AddRange(classTemplates.Select(c => (verbs, template is null ? c : $"{c}/{template}")));
                }
                else if (template is not null)
                {
                    paths.Add((verbs, template));
                }
                else
                {
                    paths.AddRange(conventional.Select(c => (verbs, Conventional(c.Pattern, controllerName, actionName, area))).Where(p => p.Item2 is not null).Select(p => (p.verbs, p.Item2!)));
                }
            }

            var location = CSharpProject.LocationOf(method.Identifier);
            var unknown = unresolvedBase is not null && !FrameworkControllerBases.Contains(unresolvedBase) && classDeclarations.Count == 0 && actionDeclarations.Count == 0
                ? $"base class `{unresolvedBase}` is not in the project: auth attributes it may carry are unknown"
                : mapping.InheritedUnknownReason;
            foreach (var (verbs, path) in paths)
            {
                yield return new EndpointCandidate
                {
                    Methods = verbs,
                    Path = RoutePath.Normalise(ReplaceTokens(path, controllerName, actionName, area)),
                    Kind = RouteKind.Controller,
                    Handler = $"{type.Identifier.ValueText}.{method.Identifier.ValueText}",
                    Location = location,
                    Declarations = [.. mapping.InheritedConventions, .. classDeclarations, .. actionDeclarations],
                    MvcFiltersApply = true,
                    SiblingGroup = $"controller {type.Identifier.ValueText}",
                    DevelopmentOnly = mapping.InheritedDevelopmentOnly,
                    RateLimited = mapping.InheritedRateLimit || HasAttribute(method.AttributeLists, "EnableRateLimiting") || chain.Any(c => HasAttribute(c.AttributeLists, "EnableRateLimiting")),
                    UnknownReason = unknown,
                    Body = HandlerReader.ActionFacts(method, method.Parent as TypeDeclarationSyntax ?? type),
                };
            }
        }
    }

    /// <summary>(HTTP methods, template) pairs of an action: each attribute with a template is a route; verb-only attributes constrain them all.</summary>
    private List<(IReadOnlyList<string> Verbs, string? Template)> Selectors(MethodDeclarationSyntax method)
    {
        var templates = Templates(method.AttributeLists);
        var verbOnly = templates.Where(t => t.Template is null).SelectMany(t => t.Verbs).Distinct().ToList();
        var routed = templates.Where(t => t.Template is not null).ToList();
        if (routed.Count == 0)
        {
            return [(verbOnly.Count > 0 ? verbOnly : ["*"], null)];
        }

        return routed.Select(t => ((IReadOnlyList<string>)(t.Verbs.Count > 0 ? t.Verbs : verbOnly.Count > 0 ? verbOnly : ["*"]), t.Template)).ToList();
    }

    /// <summary>Route-providing attributes: [Route("x")], [HttpGet("x")], [HttpPost], [AcceptVerbs("GET", "POST", Route = "x")].</summary>
    private List<(IReadOnlyList<string> Verbs, string? Template)> Templates(SyntaxList<AttributeListSyntax> lists)
    {
        var result = new List<(IReadOnlyList<string>, string?)>();
        foreach (var attribute in lists.SelectMany(l => l.Attributes))
        {
            var name = AuthAttributeReader.Normalise(attribute.Name.ToString());
            var arguments = attribute.ArgumentList?.Arguments ?? [];
            var positional = arguments.Where(a => a.NameEquals is null && a.NameColon is null).ToList();
            var namedTemplate = arguments.FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText is "Route" or "Template" || a.NameColon?.Name.Identifier.ValueText == "template");
            if (name == "Route")
            {
                result.Add(([], project.ConstantString(positional.FirstOrDefault()?.Expression ?? namedTemplate?.Expression) ?? ""));
            }
            else if (VerbAttributes.TryGetValue(name, out var verb))
            {
                result.Add(([verb], project.ConstantString(positional.FirstOrDefault()?.Expression ?? namedTemplate?.Expression)));
            }
            else if (name == "AcceptVerbs")
            {
                var verbs = positional.Select(a => project.ConstantString(a.Expression)).OfType<string>().Select(v => v.ToUpperInvariant()).ToList();
                result.Add((verbs, project.ConstantString(namedTemplate?.Expression)));
            }
        }

        return result;
    }

    private static string? Conventional(string pattern, string controller, string action, string? area)
    {
        var segments = new List<string>();
        foreach (var segment in pattern.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var trimmed = segment.Trim('{', '}');
            var parameter = trimmed.Split('=', ':', '?')[0];
            var isParameter = segment.StartsWith('{');
            if (isParameter && parameter == "controller")
            {
                segments.Add(controller);
            }
            else if (isParameter && parameter == "action")
            {
                segments.Add(action);
            }
            else if (isParameter && parameter == "area")
            {
                if (area is null)
                {
                    return null;
                }

                segments.Add(area);
            }
            else
            {
                segments.Add(segment);
            }
        }

        return string.Join('/', segments);
    }

    private static string ReplaceTokens(string template, string controller, string action, string? area) =>
        template.Replace("[controller]", controller, StringComparison.OrdinalIgnoreCase)
            .Replace("[action]", action, StringComparison.OrdinalIgnoreCase)
            .Replace("[area]", area ?? "[area]", StringComparison.OrdinalIgnoreCase);

    private static bool IsAction(MethodDeclarationSyntax method) =>
        method.Modifiers.Any(SyntaxKind.PublicKeyword)
        && !method.Modifiers.Any(SyntaxKind.StaticKeyword)
        && !method.Modifiers.Any(SyntaxKind.AbstractKeyword)
        && method.TypeParameterList is null
        && !HasAttribute(method.AttributeLists, "NonAction")
        && method.Identifier.ValueText is not ("Dispose" or "ToString" or "GetHashCode" or "Equals" or "OnActionExecuting" or "OnActionExecuted" or "OnActionExecutionAsync");

    private static bool IsController(ClassDeclarationSyntax type, IReadOnlyList<ClassDeclarationSyntax> chain, string? unresolvedBase)
    {
        if (type.Modifiers.Any(SyntaxKind.AbstractKeyword) || !type.Modifiers.Any(SyntaxKind.PublicKeyword) || type.TypeParameterList is not null)
        {
            return false;
        }

        if (chain.Any(c => HasAttribute(c.AttributeLists, "NonController")))
        {
            return false;
        }

        return type.Identifier.ValueText.EndsWith("Controller", StringComparison.Ordinal)
            || chain.Any(c => HasAttribute(c.AttributeLists, "Controller") || HasAttribute(c.AttributeLists, "ApiController"))
            || unresolvedBase is not null && FrameworkControllerBases.Contains(unresolvedBase);
    }

    /// <summary>The class and its base classes declared in the project, most derived first; the first base outside the project in <paramref name="unresolvedBase"/>.</summary>
    private IReadOnlyList<ClassDeclarationSyntax> BaseChain(ClassDeclarationSyntax type, out string? unresolvedBase)
    {
        var chain = new List<ClassDeclarationSyntax> { type };
        unresolvedBase = null;
        var symbol = project.Model(type.SyntaxTree).GetDeclaredSymbol(type) as INamedTypeSymbol;
        for (var current = symbol?.BaseType; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
        {
            var declaration = current.DeclaringSyntaxReferences.Select(r => r.GetSyntax()).OfType<ClassDeclarationSyntax>().FirstOrDefault();
            if (declaration is null)
            {
                unresolvedBase = current.Name;
                break;
            }

            if (chain.Contains(declaration))
            {
                break;
            }

            chain.Add(declaration);
        }

        return chain;
    }

    private static bool HasAttribute(SyntaxList<AttributeListSyntax> lists, string name) =>
        lists.SelectMany(l => l.Attributes).Any(a => AuthAttributeReader.Normalise(a.Name.ToString()) == name);

    private static string StripSuffix(string name, string suffix) =>
        name.EndsWith(suffix, StringComparison.Ordinal) && name.Length > suffix.Length ? name[..^suffix.Length] : name;
}
