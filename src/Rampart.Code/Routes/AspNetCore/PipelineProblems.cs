using Rampart.Code.CSharp;
using Rampart.Code.Routes.Model;
using Rampart.Core.Findings;

namespace Rampart.Code.Routes.AspNetCore;

/// <summary>
/// Auth that is declared but that the request pipeline cannot enforce: routes require authorization
/// but no authentication scheme is registered; UseAuthorization missing, before UseRouting or after
/// UseEndpoints; UseAuthentication missing while a scheme is added. WebApplication (minimal hosting,
/// .NET 7 and later) adds UseAuthentication/UseAuthorization itself when the services are registered,
/// so for it only an explicit misordering counts.
/// </summary>
internal static class PipelineProblems
{
    public static IEnumerable<RouteProblem> Find(IReadOnlyList<HttpRoute> routes, PipelineFacts facts, CSharpProject project)
    {
        // Routes whose protection depends on the authorization middleware (custom filters enforce themselves).
        var protectedRoutes = routes.Where(r => r.Auth == AuthState.Required && r.Evidence.Any(e => e.Effect == AuthEffect.Requires && !e.Description.Contains("custom authorization filter", StringComparison.Ordinal))).ToList();
        if (protectedRoutes.Count == 0)
        {
            yield break;
        }

        var first = protectedRoutes[0];
        var anchor = first.Evidence.First(e => e.Effect == AuthEffect.Requires).Location;
        var related = protectedRoutes.Take(5).Select(r => r.Location with { Label = $"{string.Join('|', r.Methods)} {r.Path} looks protected" }).ToList();
        var count = $"{protectedRoutes.Count} route(s) that require authorization";
        if (facts.Schemes.Count == 0)
        {
            yield return Problem($"{count} (first: {first.Path}), but no authentication scheme is registered (no AddAuthentication(...).AddJwtBearer/AddCookie/AddIdentity...): nothing can authenticate a caller", anchor, "no authentication scheme registered", related);
        }

        var automatic = facts.MinimalHosting && !IsBeforeNet7(project.TargetFramework);
        var routing = facts.FirstOrder("UseRouting");
        var authorization = facts.FirstOrder("UseAuthorization");
        var authentication = facts.FirstOrder("UseAuthentication");
        var endpoints = facts.FirstOrder("UseEndpoints");
        var where = Located(facts, "UseEndpoints") ?? Located(facts, "UseRouting") ?? Located(facts, "UseAuthentication") ?? anchor;
        if (authorization is null && !(automatic && facts.AuthorizationServicesAdded))
        {
            yield return Problem($"{count}, but app.UseAuthorization() is never called: the [Authorize] metadata is never enforced", where, "UseAuthorization missing", related);
        }
        else if (authorization is { } at && routing is { } routed && at < routed)
        {
            yield return Problem($"{count}, but app.UseAuthorization() runs before app.UseRouting(): it sees no endpoint and authorizes nothing", Located(facts, "UseAuthorization") ?? where, "UseAuthorization before UseRouting", related);
        }
        else if (authorization is { } after && endpoints is { } mapped && after > mapped)
        {
            yield return Problem($"{count}, but app.UseAuthorization() comes after app.UseEndpoints(): the endpoints have already run", Located(facts, "UseAuthorization") ?? where, "UseAuthorization after UseEndpoints", related);
        }

        if (facts.Schemes.Count > 0 && authentication is null && !automatic)
        {
            yield return Problem($"an authentication scheme is added ({facts.Schemes[0]}), but app.UseAuthentication() is never called: no request is ever authenticated", facts.Schemes[0], "UseAuthentication missing", related);
        }
    }

    private static SourceLocation? Located(PipelineFacts facts, string call) => facts.Middleware.Where(m => m.Call == call).Select(m => m.Location).FirstOrDefault();

    private static bool IsBeforeNet7(string? framework) =>
        framework is not null && (framework.StartsWith("netcoreapp", StringComparison.Ordinal) || framework.StartsWith("net6.", StringComparison.Ordinal) || framework.StartsWith("net5.", StringComparison.Ordinal));

    private static RouteProblem Problem(string message, SourceLocation location, string detail, IReadOnlyList<SourceLocation> related) =>
        new(RouteProblemKind.AuthNotEnforced, message, location) { Framework = RouteFramework.AspNetCore, Detail = detail, Related = related };
}
