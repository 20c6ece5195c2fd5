using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Rampart.Code.CSharp;
using Rampart.Code.Routes.Model;
using Rampart.Core.Findings;

namespace Rampart.Code.Routes.AspNetCore;

/// <summary>
/// What each Map/Use call registers: minimal API endpoints (MapGet... MapMethods, with their
/// pattern and handler), and the calls that expose a set of endpoints at once (MapControllers,
/// MapRazorPages, MapHub, MapGrpcService, health checks, forwarders, OpenAPI UIs, static files).
/// </summary>
internal sealed class MapCallReader(CSharpProject project, EndpointSources sources)
{
    private static readonly Dictionary<string, string> VerbMaps = new(StringComparer.Ordinal)
    {
        ["MapGet"] = "GET", ["MapPost"] = "POST", ["MapPut"] = "PUT", ["MapPatch"] = "PATCH", ["MapDelete"] = "DELETE", ["Map"] = "*",
    };

    /// <summary>Endpoint-creating calls other than MapGroup: the verbs, MapMethods, and the calls that map a set of endpoints.</summary>
    public static bool IsEndpointMapping(string name) => VerbMaps.ContainsKey(name) || name is "MapMethods" or "MapControllers" or "MapHub" or "MapGrpcService" or "MapRazorPages" or "MapHealthChecks";

    /// <summary>The endpoint node a Map call creates (expanded later, once every convention is known), or null when the call maps nothing.</summary>
    public EndpointNode? TryRead(InvocationExpressionSyntax invocation, string name, BuilderNode builder, bool inLoop, bool development, SourceLocation location)
    {
        var arguments = invocation.ArgumentList.Arguments;
        var typeArgument = ((invocation.Expression as MemberAccessExpressionSyntax)?.Name as GenericNameSyntax)?.TypeArgumentList.Arguments.FirstOrDefault()?.ToString();
        EndpointNode Add(Func<EndpointNode, IEnumerable<EndpointCandidate>> expand) => new(builder, name, expand) { DevelopmentOnly = development };

        if (VerbMaps.TryGetValue(name, out var verb) && arguments.Count >= 2 || name == "MapMethods" && arguments.Count >= 3)
        {
            var pattern = arguments[0].Expression;
            var methods = name == "MapMethods" ? ConstantStrings(arguments[1].Expression).Select(m => m.ToUpperInvariant()).ToList() : [verb!];
            var handler = arguments[^1].Expression;
            var unknown = inLoop ? "registered in a loop: the path depends on the loop variable" : null;
            return Add(node => [MinimalApiEndpoint(node, methods.Count == 0 ? ["*"] : methods, pattern, handler, location, unknown)]);
        }

        return name switch
        {
            "MapControllers" or "MapDefaultControllerRoute" or "MapControllerRoute" or "MapAreaControllerRoute" => AddControllers(),
            "MapRazorPages" => Add(node => sources.RazorPages(node)),
            "MapRazorComponents" => Add(node => sources.Components(node)),
            "MapBlazorHub" => Add(node => [sources.Simple(node, ["GET", "POST"], project.ConstantString(arguments.FirstOrDefault()?.Expression) ?? "/_blazor", RouteKind.SignalRHub, "MapBlazorHub", location)]),
            "MapHub" when typeArgument is not null && arguments.Count >= 1 => Add(node => [sources.Hub(node, typeArgument, project.ConstantString(arguments[0].Expression) ?? "/{dynamic}", location)]),
            "MapGrpcService" when typeArgument is not null => Add(node => sources.Grpc(node, typeArgument, location)),
            "MapHealthChecks" or "MapHealthChecksUI" => Add(node => [sources.Simple(node, ["GET"], project.ConstantString(arguments.FirstOrDefault()?.Expression) ?? "/healthchecks-ui", RouteKind.HealthCheck, name, location)]),
            "MapForwarder" when arguments.Count >= 2 => Add(node => [sources.Simple(node, ["*"], project.ConstantString(arguments[0].Expression) ?? "/{dynamic}", RouteKind.Forwarder, "MapForwarder", location)]),
            "MapReverseProxy" => Add(node => [sources.Simple(node, ["*"], "/{**catch-all}", RouteKind.Forwarder, "MapReverseProxy (routes from configuration)", location) with { UnknownReason = "YARP routes come from configuration; their paths are not in the source" }]),
            "MapOpenApi" => Add(node => [sources.Simple(node, ["GET"], project.ConstantString(arguments.FirstOrDefault()?.Expression) ?? "/openapi/{documentName}.json", RouteKind.OpenApiUi, name, location)]),
            "MapSwagger" => Add(node => [sources.Simple(node, ["GET"], project.ConstantString(arguments.FirstOrDefault()?.Expression) ?? "/swagger/{documentName}/swagger.json", RouteKind.OpenApiUi, name, location)]),
            "MapScalarApiReference" => Add(node => [sources.Simple(node, ["GET"], project.ConstantString(arguments.FirstOrDefault()?.Expression) ?? "/scalar", RouteKind.OpenApiUi, name, location)]),
            "UseSwagger" => Add(node => [sources.Simple(node, ["GET"], "/swagger/{documentName}/swagger.json", RouteKind.OpenApiUi, name, location) with { IsEndpoint = false }]),
            "UseSwaggerUI" => Add(node => [sources.Simple(node, ["GET"], "/" + (SwaggerRoutePrefix(invocation) ?? "swagger"), RouteKind.OpenApiUi, name, location) with { IsEndpoint = false }]),
            "UseReDoc" => Add(node => [sources.Simple(node, ["GET"], "/api-docs", RouteKind.OpenApiUi, name, location) with { IsEndpoint = false }]),
            "UseStaticFiles" or "UseFileServer" => Add(node => [sources.Simple(node, ["GET"], "/{**file}", RouteKind.StaticFiles, $"{name} (wwwroot)", location) with { IsEndpoint = false }]),
            "MapStaticAssets" => Add(node => [sources.Simple(node, ["GET"], "/{**file}", RouteKind.StaticFiles, "MapStaticAssets (wwwroot)", location)]),
            "MapIdentityApi" => Add(node => sources.IdentityApi(node, location)),
            _ => null,
        };

        EndpointNode AddControllers()
        {
            if (name is "MapDefaultControllerRoute")
            {
                sources.ConventionalPatterns.Add(("{controller=Home}/{action=Index}/{id?}", location));
            }
            else if (name is "MapControllerRoute" or "MapAreaControllerRoute")
            {
                var pattern = arguments.FirstOrDefault(a => a.NameColon?.Name.Identifier.ValueText == "pattern") ?? arguments.ElementAtOrDefault(name == "MapAreaControllerRoute" ? 2 : 1);
                if (project.ConstantString(pattern?.Expression) is { } text)
                {
                    sources.ConventionalPatterns.Add((text, location));
                }
            }

            return Add(node => sources.Controllers(node));
        }
    }

    private EndpointCandidate MinimalApiEndpoint(EndpointNode node, IReadOnlyList<string> methods, ExpressionSyntax pattern, ExpressionSyntax handler, SourceLocation location, string? loopReason)
    {
        var text = project.ConstantString(pattern);
        var (handlerName, handlerDeclarations, body) = sources.Handler(handler);
        var group = node.Parent switch
        {
            GroupNode g => $"group {g.FullPrefix}",
            _ => null,
        };
        return new EndpointCandidate
        {
            Methods = methods,
            Path = RoutePath.Normalise(node.Parent!.FullPrefix + "/" + (text ?? RuntimeTemplate(pattern))),
            Kind = RouteKind.MinimalApi,
            Handler = handlerName,
            Location = location,
            Declarations = [.. node.InheritedConventions, .. handlerDeclarations],
            SiblingGroup = group,
            DevelopmentOnly = node.InheritedDevelopmentOnly,
            RateLimited = node.InheritedRateLimit,
            UnknownReason = loopReason ?? (text is null ? $"route pattern `{pattern}` is computed at run time" : node.InheritedUnknownReason),
            Body = body,
        };
    }

    /// <summary>A pattern computed at run time, shown as written: <c>$"/reports/{report}"</c> → <c>/reports/{report}</c>.</summary>
    private static string RuntimeTemplate(ExpressionSyntax pattern) => pattern switch
    {
        InterpolatedStringExpressionSyntax interpolated => string.Concat(interpolated.Contents.Select(c => c is InterpolationSyntax hole ? $"{{{hole.Expression}}}" : c.ToString())),
        _ => $"{{{pattern}}}",
    };

    private static string? SwaggerRoutePrefix(InvocationExpressionSyntax invocation) =>
        invocation.DescendantNodes().OfType<AssignmentExpressionSyntax>()
            .Where(a => a.Left.ToString().EndsWith("RoutePrefix", StringComparison.Ordinal))
            .Select(a => AuthAttributeReader.Literal(a.Right))
            .FirstOrDefault();

    private static IReadOnlyList<string> ConstantStrings(ExpressionSyntax expression) =>
        expression.DescendantNodesAndSelf().OfType<LiteralExpressionSyntax>().Where(l => l.IsKind(SyntaxKind.StringLiteralExpression)).Select(l => l.Token.ValueText).ToList();
}
