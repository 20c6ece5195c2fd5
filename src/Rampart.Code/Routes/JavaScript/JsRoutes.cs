using Rampart.Code.Lexing.JavaScript;
using Rampart.Code.Routes.Model;
using Rampart.Core.Findings;

namespace Rampart.Code.Routes.JavaScript;

/// <summary>What every JavaScript framework shares when it turns verdicts into a route.</summary>
internal static class JsRoutes
{
    /// <summary>
    /// A route whose auth follows from the verdicts: required when one requires auth, anonymous when
    /// one opts out, unknown (with the reason) when the source does not tell, none otherwise.
    /// The caller fills in methods, path, handler and location.
    /// </summary>
    public static HttpRoute Create(IReadOnlyList<JsAuthVerdict> verdicts, string? unknown)
    {
        var requires = verdicts.Where(v => v.Effect == AuthEffect.Requires).ToList();
        var anonymous = verdicts.Any(v => v.Effect == AuthEffect.AllowsAnonymous);
        var state = anonymous ? AuthState.Anonymous : requires.Count > 0 ? AuthState.Required : unknown is not null ? AuthState.Unknown : AuthState.None;
        return new HttpRoute
        {
            Methods = [],
            Path = "/",
            Framework = RouteFramework.Express,
            Kind = RouteKind.Handler,
            Handler = "",
            Location = new SourceLocation(""),
            Auth = state,
            Requirement = state == AuthState.Required ? requires.Aggregate(AuthRequirement.AnyUser, (all, v) => all.Combine(v.Requirement)) : AuthRequirement.AnyUser,
            UnknownReason = state == AuthState.Unknown ? unknown : null,
            Evidence = verdicts.Select(v => v.ToEvidence()).Distinct().ToList(),
            RateLimited = verdicts.Any(v => v.RateLimit),
        };
    }

    /// <summary>The identifiers and string contents of a handler body, for the sensitivity classifier.</summary>
    public static HandlerFacts Facts(JsSyntax syntax, int start, int end)
    {
        var identifiers = new List<string>();
        var strings = new List<string>();
        for (var i = start; i < end && i < syntax.Count; i++)
        {
            var token = syntax[i];
            if (token.Kind == JsTokenKind.Identifier)
            {
                identifiers.Add(token.Text);
            }
            else if (token.Kind is JsTokenKind.String or JsTokenKind.Template or JsTokenKind.TemplateHead or JsTokenKind.TemplateMiddle or JsTokenKind.TemplateTail)
            {
                strings.Add(JsStrings.Value(token));
            }
        }

        return new HandlerFacts(identifiers, strings);
    }
}
