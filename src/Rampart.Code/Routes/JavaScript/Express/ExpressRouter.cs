using Rampart.Code.Routes.Model;

namespace Rampart.Code.Routes.JavaScript.Express;

/// <summary>
/// An Express app or router, identified by the file and variable that create it
/// (<c>routes/admin.js#router</c>). An undeclared <c>app</c> (a function parameter) is its own router.
/// Koa routers and Hono apps share the model: the same ordering, with their own prefix and matching.
/// </summary>
internal sealed record ExpressRouter(string Key, JsFile File, string Name, bool IsApp)
{
    public RouteFramework Framework { get; init; } = RouteFramework.Express;

    /// <summary>The router's own prefix: <c>new Router({ prefix })</c> (Koa), <c>new Hono().basePath('/api')</c>.</summary>
    public string Prefix { get; init; } = "";

    public List<ExpressRegistration> Registrations { get; } = [];

    /// <summary>True when some <c>use</c> mounts it: it is then reached only through its parents.</summary>
    public bool Mounted { get; set; }
}
