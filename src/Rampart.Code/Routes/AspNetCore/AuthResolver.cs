using Rampart.Code.Routes.Model;

namespace Rampart.Code.Routes.AspNetCore;

/// <summary>
/// ASP.NET Core's authorization semantics for one endpoint: any <c>[AllowAnonymous]</c> in the
/// endpoint's metadata wins over every authorize data; authorize data (attributes, conventions, a
/// global AuthorizeFilter for MVC) makes it required; only an endpoint with no authorize data at all
/// falls back to the fallback policy; middleware outside endpoint routing (static files, Swagger UI)
/// gets neither.
/// </summary>
internal static class AuthResolver
{
    public static HttpRoute Resolve(EndpointCandidate candidate, PipelineFacts facts, string project)
    {
        var declarations = (candidate.MvcFiltersApply ? facts.GlobalFilters : []).Concat(candidate.Declarations).ToList();
        var anonymous = declarations.Where(d => d.Effect == AuthEffect.AllowsAnonymous).ToList();
        var requires = declarations.Where(d => d.Effect == AuthEffect.Requires).ToList();
        var fallback = candidate.IsEndpoint ? facts.FallbackPolicy : null;
        var evidence = new List<AuthEvidence>();
        AuthState state;
        var requirement = AuthRequirement.AnyUser;
        if (!candidate.IsEndpoint)
        {
            evidence.Add(new AuthEvidence(AuthEffect.Note, $"`{candidate.Handler}` is middleware that answers before endpoint authorization runs: no [Authorize], convention or fallback policy applies", candidate.Location));
        }

        if (anonymous.Count > 0)
        {
            state = AuthState.Anonymous;
            evidence.AddRange(requires.Select(r => new AuthEvidence(AuthEffect.Ignored, $"{r.Description}, overridden by {anonymous[0].Description} at {anonymous[0].Location}", r.Location)));
            evidence.AddRange(anonymous.Select(a => a.ToEvidence()));
        }
        else if (requires.Count > 0)
        {
            state = AuthState.Required;
            requirement = requires.Aggregate(AuthRequirement.AnyUser, (all, r) => all.Combine(r.Requirement));
            evidence.AddRange(requires.Select(r => r.ToEvidence()));
            if (fallback is not null)
            {
                evidence.Add(new AuthEvidence(AuthEffect.Ignored, "fallback authorization policy does not apply: the endpoint has its own authorization metadata", fallback.Location));
            }
        }
        else if (fallback is not null)
        {
            state = AuthState.Required;
            requirement = fallback.Requirement;
            evidence.Add(fallback.ToEvidence());
        }
        else
        {
            state = candidate.UnknownReason is null ? AuthState.None : AuthState.Unknown;
        }

        if (candidate.DevelopmentOnly)
        {
            evidence.Add(new AuthEvidence(AuthEffect.Note, "registered only when the app runs in Development", candidate.Location));
        }

        if (candidate.RateLimited)
        {
            evidence.Add(new AuthEvidence(AuthEffect.Note, "rate limited", candidate.Location));
        }

        return new HttpRoute
        {
            Methods = candidate.Methods,
            Path = candidate.Path,
            Framework = RouteFramework.AspNetCore,
            Kind = candidate.Kind,
            Handler = candidate.Handler,
            Location = candidate.Location,
            Auth = state,
            Requirement = state == AuthState.Required ? requirement : AuthRequirement.AnyUser,
            UnknownReason = state == AuthState.Unknown ? candidate.UnknownReason : null,
            Evidence = evidence,
            Sensitivity = RouteSensitivityClassifier.Classify(candidate.Kind == RouteKind.Grpc ? [] : candidate.Methods, candidate.Path, candidate.Handler, candidate.Body),
            Project = project,
            SiblingGroup = candidate.SiblingGroup,
            DevelopmentOnly = candidate.DevelopmentOnly,
            RateLimited = candidate.RateLimited,
        };
    }
}
