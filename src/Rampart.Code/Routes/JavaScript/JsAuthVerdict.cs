using Rampart.Code.Routes.Model;
using Rampart.Core.Findings;

namespace Rampart.Code.Routes.JavaScript;

/// <summary>What one middleware, guard or wrapper does for auth, with the evidence to show for it.</summary>
internal sealed record JsAuthVerdict(AuthEffect Effect, string Description, SourceLocation Location)
{
    public AuthRequirement Requirement { get; init; } = AuthRequirement.AnyUser;

    /// <summary>A rate limiter rather than auth (recorded as a note and as <see cref="HttpRoute.RateLimited"/>).</summary>
    public bool RateLimit { get; init; }

    /// <summary>The paths an <c>.unless({ path })</c> exemption takes out (express-unless, koa-jwt); null when there is none.</summary>
    public JsUnless? Unless { get; init; }

    public AuthEvidence ToEvidence() => new(Effect, Description, Location);
}
