namespace Rampart.Code.Routes.Model;

/// <summary>The stable lower-case names the route JSON, tables and findings use for the route enums.</summary>
public static class RouteNames
{
    public static string Of(RouteFramework framework) => framework switch
    {
        RouteFramework.AspNetCore => "aspnetcore",
        RouteFramework.Express => "express",
        RouteFramework.NextJs => "nextjs",
        RouteFramework.NestJs => "nestjs",
        RouteFramework.FastApi => "fastapi",
        RouteFramework.Flask => "flask",
        RouteFramework.Django => "django",
        RouteFramework.Fastify => "fastify",
        RouteFramework.Hono => "hono",
        RouteFramework.Koa => "koa",
        _ => throw new ArgumentOutOfRangeException(nameof(framework)),
    };

    public static string Of(AuthState state) => state switch
    {
        AuthState.Required => "required",
        AuthState.Anonymous => "anonymous",
        AuthState.None => "none",
        AuthState.Unknown => "unknown",
        _ => throw new ArgumentOutOfRangeException(nameof(state)),
    };

    public static string Of(AuthEffect effect) => effect switch
    {
        AuthEffect.Requires => "requires",
        AuthEffect.AllowsAnonymous => "allows-anonymous",
        AuthEffect.Ignored => "ignored",
        AuthEffect.Note => "note",
        _ => throw new ArgumentOutOfRangeException(nameof(effect)),
    };

    public static string Of(RouteKind kind) => kind switch
    {
        RouteKind.Controller => "controller",
        RouteKind.MinimalApi => "minimal-api",
        RouteKind.ConventionalRoute => "conventional-route",
        RouteKind.RazorPage => "razor-page",
        RouteKind.BlazorComponent => "blazor-component",
        RouteKind.SignalRHub => "signalr-hub",
        RouteKind.Grpc => "grpc",
        RouteKind.HealthCheck => "health-check",
        RouteKind.Forwarder => "forwarder",
        RouteKind.StaticFiles => "static-files",
        RouteKind.OpenApiUi => "openapi-ui",
        RouteKind.Handler => "handler",
        RouteKind.Middleware => "middleware",
        RouteKind.ServerAction => "server-action",
        RouteKind.View => "view",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>The sensitivity flags as names, in a fixed order: <c>state-changing</c>, <c>privileged</c>...</summary>
    public static IReadOnlyList<string> Of(RouteSensitivity sensitivity)
    {
        var names = new List<string>();
        foreach (var (flag, name) in SensitivityNames)
        {
            if (sensitivity.HasFlag(flag))
            {
                names.Add(name);
            }
        }

        return names;
    }

    private static readonly (RouteSensitivity Flag, string Name)[] SensitivityNames =
    [
        (RouteSensitivity.StateChanging, "state-changing"),
        (RouteSensitivity.Privileged, "privileged"),
        (RouteSensitivity.SensitiveOperation, "sensitive-operation"),
        (RouteSensitivity.WritesData, "writes-data"),
        (RouteSensitivity.SendsMoneyOrMail, "sends-money-or-mail"),
        (RouteSensitivity.CallsPaidApi, "calls-paid-api"),
    ];
}
