namespace Rampart.Code.Routes.Model;

/// <summary>Whether authentication/authorisation applies to a route, as far as the source shows.</summary>
public enum AuthState
{
    /// <summary>An auth mechanism applies (see <see cref="HttpRoute.Requirement"/> for schemes, policies and roles).</summary>
    Required,

    /// <summary>Explicitly opted out (<c>[AllowAnonymous]</c>, <c>@Public()</c>, <c>AllowAny</c>...).</summary>
    Anonymous,

    /// <summary>No auth mechanism applies.</summary>
    None,

    /// <summary>The source does not say (dynamic registration, unresolved base class...); see <see cref="HttpRoute.UnknownReason"/>.</summary>
    Unknown,
}
