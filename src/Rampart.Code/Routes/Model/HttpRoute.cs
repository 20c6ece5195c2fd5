using Rampart.Core.Findings;

namespace Rampart.Code.Routes.Model;

/// <summary>
/// One HTTP endpoint of the application, framework-neutral: every route extractor produces these,
/// the route rules, the <c>rampart routes</c> command and later features read them.
/// </summary>
public sealed record HttpRoute
{
    /// <summary>Upper-case HTTP methods; <c>*</c> when the route answers any method.</summary>
    public required IReadOnlyList<string> Methods { get; init; }

    /// <summary>The full path template after every prefix is combined, starting with '/'.</summary>
    public required string Path { get; init; }

    public required RouteFramework Framework { get; init; }

    public required RouteKind Kind { get; init; }

    /// <summary>The handler symbol: <c>OrdersController.Delete</c>, <c>lambda</c>, <c>getUsers</c>, <c>app/api/users/route.ts#POST</c>.</summary>
    public required string Handler { get; init; }

    /// <summary>Where the route is declared (the action, the Map call, the decorator).</summary>
    public required SourceLocation Location { get; init; }

    public required AuthState Auth { get; init; }

    /// <summary>For <see cref="AuthState.Required"/>: the schemes, policies and roles that apply.</summary>
    public AuthRequirement Requirement { get; init; } = AuthRequirement.AnyUser;

    /// <summary>For <see cref="AuthState.Unknown"/>: why the source does not tell.</summary>
    public string? UnknownReason { get; init; }

    /// <summary>The chain that decided <see cref="Auth"/>, outermost first.</summary>
    public IReadOnlyList<AuthEvidence> Evidence { get; init; } = [];

    public RouteSensitivity Sensitivity { get; init; }

    /// <summary>The project (folder of the .csproj, package.json, Python package) relative to the scan root; "" for the root.</summary>
    public string Project { get; init; } = "";

    /// <summary>
    /// The routes this one should be compared with: the controller, the MapGroup, the router file.
    /// A route open while its siblings require auth is suspicious.
    /// </summary>
    public string? SiblingGroup { get; init; }

    /// <summary>Registered only when the app runs in Development (<c>if (app.Environment.IsDevelopment())</c>, <c>if settings.DEBUG</c>).</summary>
    public bool DevelopmentOnly { get; init; }

    /// <summary>A rate limiter applies to the route (used by the unauthenticated-AI-spend rule).</summary>
    public bool RateLimited { get; init; }
}
