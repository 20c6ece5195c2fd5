using Rampart.Core.Findings;

namespace Rampart.Code.Routes.Model;

/// <summary>What kind of auth problem an extractor saw outside any single route's state.</summary>
public enum RouteProblemKind
{
    /// <summary>Auth is declared (attributes, RequireAuthorization, a fallback policy) but the request pipeline never enforces it.</summary>
    AuthNotEnforced,

    /// <summary>An auth attribute, decorator, guard or middleware is commented out next to a route.</summary>
    CommentedOutAuth,
}

/// <summary>
/// An auth problem found while extracting routes, with the place it is at and the routes it affects
/// (by path); turned into findings by the route rules.
/// </summary>
public sealed record RouteProblem(RouteProblemKind Kind, string Message, SourceLocation Location)
{
    public RouteFramework Framework { get; init; }

    /// <summary>The commented-out text or the missing pipeline call, e.g. <c>// [Authorize(Roles = "Admin")]</c>.</summary>
    public string? Detail { get; init; }

    public IReadOnlyList<SourceLocation> Related { get; init; } = [];
}
