using Rampart.Core.Findings;

namespace Rampart.Code.Routes.Model;

/// <summary>What one piece of evidence did to a route's auth state.</summary>
public enum AuthEffect
{
    /// <summary>Requires authentication (an attribute, a guard, a dependency, middleware...).</summary>
    Requires,

    /// <summary>Opts the route out of auth.</summary>
    AllowsAnonymous,

    /// <summary>Present but without effect on this route (optional auth, middleware after the handler, replaced fallback...).</summary>
    Ignored,

    /// <summary>Context a reviewer needs (Development only, CSRF exempt, rate limited...).</summary>
    Note,
}

/// <summary>
/// One link of the evidence chain that decided a route's auth state, e.g.
/// "<c>[Authorize]</c> inherited from <c>ApiControllerBase</c>" at Controllers/ApiControllerBase.cs:9.
/// </summary>
public sealed record AuthEvidence(AuthEffect Effect, string Description, SourceLocation Location)
{
    public override string ToString() => $"{Description} at {Location}";
}
