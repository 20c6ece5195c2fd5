namespace Rampart.Code.Routes.JavaScript.Fastify;

/// <summary>
/// A Fastify encapsulation context: the root instance (<c>const app = Fastify()</c>) or a plugin
/// function, whose first parameter is the scoped instance. <see cref="Calls"/> are the
/// <c>get/route/addHook/register/decorate</c> calls made on it, in source order (the method name token).
/// </summary>
internal sealed record FastifyScope(string Key, JsFile File, string Name, bool IsRoot)
{
    /// <summary>The route group shown in reports: <c>routes/admin.js#adminRoutes</c>, or the line of an anonymous plugin.</summary>
    public string Group { get; init; } = Key;

    public List<int> Calls { get; } = [];

    /// <summary>True when some <c>register</c> call loads it: it is then reached through its parent.</summary>
    public bool Registered { get; set; }
}
