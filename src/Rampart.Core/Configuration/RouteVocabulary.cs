namespace Rampart.Core.Configuration;

/// <summary>
/// Names a project uses for its own auth building blocks (<c>routes:</c> in .rampart.yml), added to
/// each framework's built-in vocabulary: middleware, decorators, guards, dependencies or attributes.
/// </summary>
public sealed record RouteVocabulary
{
    public static RouteVocabulary Empty { get; } = new();

    /// <summary>Names that enforce authentication, e.g. <c>requireAdmin</c>, <c>get_current_admin</c>, <c>StaffOnlyGuard</c>.</summary>
    public IReadOnlyList<string> Auth { get; init; } = [];

    /// <summary>Names that look like auth but let anonymous requests through, e.g. <c>maybeUser</c>.</summary>
    public IReadOnlyList<string> OptionalAuth { get; init; } = [];

    /// <summary>Names that mark a route explicitly public, e.g. <c>PublicEndpoint</c>, <c>@public_route</c>.</summary>
    public IReadOnlyList<string> Public { get; init; } = [];
}
