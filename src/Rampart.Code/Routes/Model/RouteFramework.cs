namespace Rampart.Code.Routes.Model;

/// <summary>The web framework a route belongs to; written in reports as a lower-case name (<see cref="RouteNames"/>).</summary>
public enum RouteFramework
{
    AspNetCore,
    Express,
    NextJs,
    NestJs,
    FastApi,
    Flask,
    Django,
    Fastify,
    Hono,
    Koa,
}

/// <summary>How the route is declared inside its framework; lets a reader tell a controller action from a SignalR hub.</summary>
public enum RouteKind
{
    Controller,
    MinimalApi,
    ConventionalRoute,
    RazorPage,
    BlazorComponent,
    SignalRHub,
    Grpc,
    HealthCheck,
    Forwarder,
    StaticFiles,
    OpenApiUi,
    Handler,
    Middleware,
    ServerAction,
    View,
}
