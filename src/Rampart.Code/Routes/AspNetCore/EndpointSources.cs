using Microsoft.CodeAnalysis.CSharp.Syntax;
using Rampart.Code.CSharp;
using Rampart.Code.Routes.Model;
using Rampart.Core.Findings;

namespace Rampart.Code.Routes.AspNetCore;

/// <summary>
/// Turns each kind of Map call into endpoint candidates once its conventions are known: controllers,
/// Razor Pages, Blazor components, SignalR hubs, gRPC services, Identity API endpoints and single endpoints.
/// </summary>
internal sealed class EndpointSources(CSharpProject project, AuthAttributeReader attributes, ControllerRoutes controllers, MarkupRoutes markup, HandlerReader handlers, IReadOnlyList<ProtoService> protoServices)
{
    /// <summary>Conventional route patterns (MapControllerRoute, MapDefaultControllerRoute), for actions without an attribute route.</summary>
    public List<(string Pattern, SourceLocation Location)> ConventionalPatterns { get; } = [];

    public IEnumerable<EndpointCandidate> Controllers(EndpointNode mapping) => controllers.Expand(mapping, ConventionalPatterns);

    public IEnumerable<EndpointCandidate> RazorPages(EndpointNode mapping) => markup.RazorPages(mapping);

    public IEnumerable<EndpointCandidate> Components(EndpointNode mapping) => markup.Components(mapping);

    public (string Name, IReadOnlyList<AuthDeclaration> Declarations, HandlerFacts Body) Handler(ExpressionSyntax handler) => handlers.Read(handler);

    public EndpointCandidate Simple(EndpointNode node, IReadOnlyList<string> methods, string path, RouteKind kind, string handler, SourceLocation location) => new()
    {
        Methods = methods,
        Path = RoutePath.Normalise(node.Parent!.FullPrefix + "/" + path),
        Kind = kind,
        Handler = handler,
        Location = location,
        Declarations = [.. node.InheritedConventions],
        DevelopmentOnly = node.InheritedDevelopmentOnly,
        RateLimited = node.InheritedRateLimit,
        UnknownReason = node.InheritedUnknownReason,
    };

    /// <summary><c>MapHub&lt;ChatHub&gt;("/chat")</c>: negotiate (POST) and the connection (GET); the hub class's attributes apply.</summary>
    public EndpointCandidate Hub(EndpointNode node, string hubType, string pattern, SourceLocation location)
    {
        var hub = FindClass(hubType);
        var declarations = hub is null ? [] : ClassChainAttributes(hub);
        return Simple(node, ["GET", "POST"], pattern, RouteKind.SignalRHub, AuthAttributeReader.Normalise(hubType), location) with
        {
            Declarations = [.. node.InheritedConventions, .. declarations],
            UnknownReason = hub is null ? $"hub class `{hubType}` is not in the project" : node.InheritedUnknownReason,
            Body = hub is null ? HandlerFacts.Empty : HandlerReader.Facts(hub),
        };
    }

    /// <summary><c>MapGrpcService&lt;GreeterService&gt;()</c>: one POST route per overridden RPC, <c>/package.Service/Method</c>.</summary>
    public IEnumerable<EndpointCandidate> Grpc(EndpointNode node, string serviceType, SourceLocation location)
    {
        var service = FindClass(serviceType);
        if (service is null)
        {
            yield return Simple(node, ["POST"], "/{service}/{method}", RouteKind.Grpc, serviceType, location) with { UnknownReason = $"gRPC service class `{serviceType}` is not in the project" };
            yield break;
        }

        var baseName = service.BaseList?.Types.Select(t => t.Type.ToString()).FirstOrDefault(t => t.EndsWith("Base", StringComparison.Ordinal));
        var serviceName = baseName?.Split('.') is { Length: >= 2 } parts ? parts[^2] : StripSuffix(service.Identifier.ValueText, "Service");
        var package = protoServices.FirstOrDefault(p => p.Service == serviceName)?.Package;
        var fullName = package is null ? serviceName : $"{package}.{serviceName}";
        var classDeclarations = ClassChainAttributes(service);
        foreach (var method in service.Members.OfType<MethodDeclarationSyntax>().Where(m => m.Modifiers.Any(t => t.ValueText == "override")))
        {
            yield return Simple(node, ["POST"], $"/{fullName}/{method.Identifier.ValueText}", RouteKind.Grpc, $"{service.Identifier.ValueText}.{method.Identifier.ValueText}", CSharpProject.LocationOf(method.Identifier)) with
            {
                Declarations = [.. node.InheritedConventions, .. classDeclarations, .. attributes.Read(method.AttributeLists, "on the RPC method")],
                SiblingGroup = $"gRPC service {service.Identifier.ValueText}",
                Body = HandlerReader.Facts(method),
            };
        }
    }

    /// <summary><c>MapIdentityApi&lt;TUser&gt;()</c>: the endpoints ASP.NET Core Identity adds; its /manage group requires authorization itself.</summary>
    public IEnumerable<EndpointCandidate> IdentityApi(EndpointNode node, SourceLocation location)
    {
        (string Method, string Path)[] open = [("POST", "/register"), ("POST", "/login"), ("POST", "/refresh"), ("GET", "/confirmEmail"), ("POST", "/resendConfirmationEmail"), ("POST", "/forgotPassword"), ("POST", "/resetPassword")];
        (string Method, string Path)[] manage = [("POST", "/manage/2fa"), ("GET", "/manage/info"), ("POST", "/manage/info")];
        foreach (var (method, path) in open)
        {
            yield return Simple(node, [method], path, RouteKind.MinimalApi, $"MapIdentityApi {path}", location) with { SiblingGroup = "MapIdentityApi" };
        }

        var builtIn = new AuthDeclaration(AuthEffect.Requires, AuthRequirement.AnyUser, "`RequireAuthorization()` that MapIdentityApi puts on its /manage group", location);
        foreach (var (method, path) in manage)
        {
            var candidate = Simple(node, [method], path, RouteKind.MinimalApi, $"MapIdentityApi {path}", location);
            yield return candidate with { Declarations = [.. candidate.Declarations, builtIn], SiblingGroup = "MapIdentityApi" };
        }
    }

    private ClassDeclarationSyntax? FindClass(string typeName)
    {
        var name = AuthAttributeReader.Normalise(typeName);
        return project.Classes.FirstOrDefault(c => c.Identifier.ValueText == name);
    }

    /// <summary>Auth attributes of a class and its base classes in the project, base-most first.</summary>
    private IReadOnlyList<AuthDeclaration> ClassChainAttributes(ClassDeclarationSyntax type)
    {
        var chain = new List<ClassDeclarationSyntax>();
        for (var current = type; current is not null && !chain.Contains(current); current = current.BaseList?.Types.FirstOrDefault() is { } baseType ? FindClass(baseType.Type.ToString()) : null)
        {
            chain.Add(current);
        }

        return chain.AsEnumerable().Reverse()
            .SelectMany(c => attributes.Read(c.AttributeLists, c == type ? $"on `{type.Identifier.ValueText}`" : $"inherited from `{c.Identifier.ValueText}`"))
            .ToList();
    }

    private static string StripSuffix(string name, string suffix) =>
        name.EndsWith(suffix, StringComparison.Ordinal) && name.Length > suffix.Length ? name[..^suffix.Length] : name;
}

/// <summary>A <c>service</c> of a .proto file and its <c>package</c>, for gRPC paths.</summary>
internal sealed record ProtoService(string? Package, string Service)
{
    /// <summary>Reads <c>package x.y;</c> and <c>service Name {</c> from a .proto file, skipping comments.</summary>
    public static IEnumerable<ProtoService> Read(string proto)
    {
        string? package = null;
        var services = new List<string>();
        foreach (var raw in proto.Split('\n'))
        {
            var line = raw.Split("//")[0].Trim();
            var words = line.Split([' ', '\t', ';', '{'], StringSplitOptions.RemoveEmptyEntries);
            if (words is ["package", var name, ..])
            {
                package = name;
            }
            else if (words is ["service", var service, ..])
            {
                services.Add(service);
            }
        }

        return services.Select(s => new ProtoService(package, s));
    }
}
