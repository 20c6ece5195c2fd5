using Rampart.Core.Findings;
using Rampart.Core.Rules;

namespace Rampart.Code.Routes;

/// <summary>
/// The route rules of the code family (RMP-C001..C009), in one place so ids are never reused.
/// They read the framework-neutral route inventory, so every framework gets the same rules.
/// </summary>
public static class RouteRules
{
    public static Rule UnprotectedSensitiveRoute { get; } = new()
    {
        Id = RuleId.Parse("RMP-C001"),
        Name = "unprotected-sensitive-route",
        Title = "A sensitive HTTP route has no authentication",
        Category = FindingCategory.Route,
        DefaultSeverity = Severity.High,
        DefaultConfidence = Confidence.Medium,
        Description = "No authentication or authorisation applies to a route that changes state, exposes an admin/debug/internal, export, upload, configuration or user-management function, or whose handler writes to a database or moves money or mail. Anyone who finds the URL can call it. Critical when the path or handler says admin, debug or internal.",
        Remediation = "Require authentication on the route (ASP.NET Core: [Authorize] or .RequireAuthorization(); Express: auth middleware before the handler; NestJS: @UseGuards; FastAPI: Depends(current_user); Flask/Django: login_required or permission classes), or mark it explicitly anonymous if it is public on purpose.",
        Cwe = [306, 862],
    };

    public static Rule AuthNotEnforced { get; } = new()
    {
        Id = RuleId.Parse("RMP-C002"),
        Name = "auth-declared-not-enforced",
        Title = "Auth is declared but the request pipeline never enforces it",
        Category = FindingCategory.Route,
        DefaultSeverity = Severity.Critical,
        DefaultConfidence = Confidence.Medium,
        Description = "Routes are marked as requiring authorisation, but the pipeline that should enforce it is missing or misordered: no authentication scheme is registered, UseAuthorization is missing or placed where it cannot see the endpoint, or UseAuthentication is missing while a scheme is added. Every route that looks protected in the code is open in production.",
        Remediation = "Register an authentication scheme (AddAuthentication().AddJwtBearer(...) or similar) and call app.UseAuthentication() and app.UseAuthorization() after UseRouting (when it is called) and before the endpoints are mapped.",
        Cwe = [306, 862],
    };

    public static Rule RouteEscapesSiblingAuth { get; } = new()
    {
        Id = RuleId.Parse("RMP-C003"),
        Name = "route-escapes-sibling-auth",
        Title = "A route is open while every other route of its controller or group requires auth",
        Category = FindingCategory.Route,
        DefaultSeverity = Severity.High,
        DefaultConfidence = Confidence.Medium,
        Description = "Every other route declared in the same controller, route group or router requires authentication, but this one does not and is not explicitly marked anonymous. This is the shape of a forgotten attribute or middleware, the most common way auth ends up partially implemented.",
        Remediation = "Add the same auth as the sibling routes, or mark the route explicitly anonymous ([AllowAnonymous], .AllowAnonymous(), @Public()) so the intent is visible in review.",
        Cwe = [862],
    };

    public static Rule CommentedOutAuth { get; } = new()
    {
        Id = RuleId.Parse("RMP-C004"),
        Name = "commented-out-auth",
        Title = "An auth attribute, decorator or middleware is commented out next to a route",
        Category = FindingCategory.Route,
        DefaultSeverity = Severity.High,
        DefaultConfidence = Confidence.High,
        Description = "The code right next to a route carries a commented-out auth declaration ([Authorize], RequireAuthorization(), @UseGuards, @login_required, requireAuth...). It was switched off, typically while debugging, and shipped that way: the route is open although the code reads as if it were protected.",
        Remediation = "Restore the auth declaration, or delete the comment and mark the route explicitly anonymous if it is meant to be public.",
        Cwe = [862],
    };

    public static Rule AnonymousStateChangingRoute { get; } = new()
    {
        Id = RuleId.Parse("RMP-C005"),
        Name = "anonymous-state-changing-route",
        Title = "A state-changing route is explicitly anonymous",
        Category = FindingCategory.Route,
        DefaultSeverity = Severity.Low,
        DefaultConfidence = Confidence.Low,
        Description = "A POST, PUT, PATCH or DELETE route is explicitly opted out of authentication ([AllowAnonymous], .AllowAnonymous(), @Public(), AllowAny). That can be right (a contact form, a public signup step), but it is worth a second look in review. Login, registration, token, password-reset and webhook endpoints are not reported.",
        Remediation = "Confirm the route must be public; if it must, make sure it is rate limited and validates its input. Otherwise remove the anonymous marker.",
        Cwe = [306],
    };

    public static IReadOnlyList<Rule> All { get; } = [UnprotectedSensitiveRoute, AuthNotEnforced, RouteEscapesSiblingAuth, CommentedOutAuth, AnonymousStateChangingRoute];
}
