using Rampart.Code.Analysis;
using Rampart.Code.Routes.Model;
using Rampart.Core.Findings;
using Rampart.Core.Rules;

namespace Rampart.Code.Routes;

/// <summary>
/// Turns a route inventory into findings. One finding per route at most: an open sensitive route
/// (C001) is not also reported as escaping its siblings' auth (C003).
/// </summary>
public static class RouteFindings
{
    /// <summary>Endpoints that are public by nature (sign-in flows, webhooks, probes): reporting them open or anonymous is noise.</summary>
    private static readonly string[] AuthFlowWords = ["login", "logout", "logon", "signin", "signout", "signup", "register", "registration", "token", "refresh", "oauth", "oauth2", "callback", "sso", "saml", "oidc", "otp", "session", "sessions", "webhook", "webhooks", "health", "healthz", "ready", "readiness", "liveness", "alive", "ping"];

    public static IReadOnlyList<Finding> Evaluate(RouteInventory inventory)
    {
        var findings = new List<Finding>();
        var groups = inventory.Routes.Where(r => r.SiblingGroup is not null).ToLookup(r => (r.Project, r.SiblingGroup));
        foreach (var route in inventory.Routes)
        {
            if (Evaluate(route, groups[(route.Project, route.SiblingGroup)].ToList()) is { } finding)
            {
                findings.Add(finding);
            }
        }

        findings.AddRange(inventory.Problems.Select(ForProblem));
        return findings;
    }

    private static Finding? Evaluate(HttpRoute route, IReadOnlyList<HttpRoute> siblings)
    {
        if (route.DevelopmentOnly || IsAuthFlow(route))
        {
            return null;
        }

        // Anyone can make the owner pay: reported once, as the AI-spend rule rather than an open route.
        if (route.Auth is AuthState.None or AuthState.Anonymous && route.Sensitivity.HasFlag(RouteSensitivity.CallsPaidApi))
        {
            var spend = CodeRules.UnauthenticatedAiSpend;
            var limited = route.RateLimited ? "; it is rate limited, which slows the spending but does not stop it" : " and no rate limit";
            return Create(spend, route, route.RateLimited ? Severity.High : spend.DefaultSeverity, $"{Describe(route)} calls a paid AI or messaging API with {(route.Auth == AuthState.None ? "no authentication" : "anonymous access allowed")}{limited}", []);
        }

        const RouteSensitivity Sensitive = RouteSensitivity.StateChanging | RouteSensitivity.Privileged | RouteSensitivity.SensitiveOperation | RouteSensitivity.WritesData | RouteSensitivity.SendsMoneyOrMail;
        var protectedSiblings = route.SiblingGroup is null ? [] : siblings.Where(s => s != route && s.Auth == AuthState.Required).ToList();
        if (route.Auth == AuthState.None && (route.Sensitivity & Sensitive) != 0)
        {
            var rule = RouteRules.UnprotectedSensitiveRoute;
            var severity = route.Sensitivity.HasFlag(RouteSensitivity.Privileged) ? Severity.Critical : rule.DefaultSeverity;
            var why = string.Join(", ", RouteNames.Of(route.Sensitivity & Sensitive));
            var siblingNote = protectedSiblings.Count > 0 ? $"; {protectedSiblings.Count} other route(s) of {route.SiblingGroup} require auth" : "";
            return Create(rule, route, severity, $"{Describe(route)} has no authentication ({why}){siblingNote}", protectedSiblings);
        }

        if (route.Auth == AuthState.None && protectedSiblings.Count >= 2 && siblings.Count(s => s.Auth == AuthState.None) == 1)
        {
            return Create(RouteRules.RouteEscapesSiblingAuth, route, RouteRules.RouteEscapesSiblingAuth.DefaultSeverity, $"{Describe(route)} has no authentication, but the other {protectedSiblings.Count} route(s) of {route.SiblingGroup} require it", protectedSiblings);
        }

        if (route.Auth == AuthState.Anonymous && route.Sensitivity.HasFlag(RouteSensitivity.StateChanging))
        {
            var anonymousAt = route.Evidence.LastOrDefault(e => e.Effect == AuthEffect.AllowsAnonymous);
            return Create(RouteRules.AnonymousStateChangingRoute, route, RouteRules.AnonymousStateChangingRoute.DefaultSeverity, $"{Describe(route)} is explicitly anonymous{(anonymousAt is null ? "" : $" ({anonymousAt.Description})")}", []);
        }

        return null;
    }

    /// <summary>
    /// A sign-in, password-reset, webhook or probe endpoint. Inside an admin area only the last path
    /// segment counts (<c>/admin/login</c> is a sign-in page, <c>/admin/sessions/purge</c> is not).
    /// </summary>
    private static bool IsAuthFlow(HttpRoute route)
    {
        var path = route.Path;
        if (route.Sensitivity.HasFlag(RouteSensitivity.Privileged))
        {
            var segments = route.Path.Split('/', StringSplitOptions.RemoveEmptyEntries).Where(s => !s.StartsWith('{') && !s.StartsWith(':') && !s.StartsWith('<')).ToList();
            path = segments.Count == 0 ? "" : segments[^1];
        }

        var words = RouteSensitivityClassifier.Words(path).ToHashSet(StringComparer.Ordinal);
        if (!route.Sensitivity.HasFlag(RouteSensitivity.Privileged))
        {
            words.UnionWith(RouteSensitivityClassifier.Words(route.Handler));
        }

        return words.Overlaps(AuthFlowWords)
            || words.Contains("password") && words.Overlaps(["forgot", "reset", "recover"])
            || words.Contains("email") && words.Overlaps(["confirm", "verify", "resend"]);
    }

    private static string Describe(HttpRoute route) => $"{string.Join('|', route.Methods)} {route.Path} ({RouteNames.Of(route.Framework)}, {route.Handler})";

    private static Finding Create(Rule rule, HttpRoute route, Severity severity, string message, IReadOnlyList<HttpRoute> related) => new()
    {
        RuleId = rule.Id,
        Severity = severity,
        Confidence = rule.DefaultConfidence,
        Message = message,
        Location = route.Location,
        RelatedLocations = related.Take(5).Select(r => r.Location with { Label = $"{string.Join('|', r.Methods)} {r.Path} requires auth" }).ToList(),
        Fingerprint = Fingerprint.Create(rule.Id, route.Location.Path, $"{string.Join('|', route.Methods)} {route.Path} {route.Handler}"),
        Evidence = ToEvidence(route),
    };

    private static Finding ForProblem(RouteProblem problem)
    {
        var rule = problem.Kind == RouteProblemKind.AuthNotEnforced ? RouteRules.AuthNotEnforced : RouteRules.CommentedOutAuth;
        return new Finding
        {
            RuleId = rule.Id,
            Severity = rule.DefaultSeverity,
            Confidence = rule.DefaultConfidence,
            Message = problem.Message,
            Location = problem.Location,
            RelatedLocations = problem.Related,
            Fingerprint = Fingerprint.Create(rule.Id, problem.Location.Path, problem.Detail ?? problem.Message),
            Evidence = new CodeEvidence(problem.Detail ?? problem.Message),
        };
    }

    public static RouteEvidence ToEvidence(HttpRoute route) =>
        new(route.Methods, route.Path, RouteNames.Of(route.Framework), RouteNames.Of(route.Auth))
        {
            Reasons = route.Evidence.Select(e => e.ToString()).ToList(),
        };
}
