using Rampart.Code.Routes.Model;
using Rampart.Core.Findings;

namespace Rampart.Code.Routes.AspNetCore;

/// <summary>
/// An endpoint before its auth is resolved: where it is, and every auth declaration that applies
/// to it, outermost first (group conventions, then class and base class attributes, then the handler's).
/// </summary>
internal sealed record EndpointCandidate
{
    public required IReadOnlyList<string> Methods { get; init; }

    public required string Path { get; init; }

    public required RouteKind Kind { get; init; }

    public required string Handler { get; init; }

    public required SourceLocation Location { get; init; }

    public IReadOnlyList<AuthDeclaration> Declarations { get; init; } = [];

    /// <summary>MVC filters (a global <c>AuthorizeFilter</c>) apply to controllers and Razor Pages only.</summary>
    public bool MvcFiltersApply { get; init; }

    /// <summary>False for static files and other middleware that runs before authorization sees an endpoint.</summary>
    public bool IsEndpoint { get; init; } = true;

    public string? SiblingGroup { get; init; }

    public bool DevelopmentOnly { get; init; }

    public bool RateLimited { get; init; }

    public string? UnknownReason { get; init; }

    public HandlerFacts Body { get; init; } = HandlerFacts.Empty;
}
