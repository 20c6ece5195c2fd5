using Rampart.Code.Routes.Model;
using Rampart.Core.Findings;

namespace Rampart.Code.Routes.AspNetCore;

/// <summary>One auth statement that applies to an endpoint: an attribute, a convention call, a global filter.</summary>
internal sealed record AuthDeclaration(AuthEffect Effect, AuthRequirement Requirement, string Description, SourceLocation Location)
{
    public AuthEvidence ToEvidence() => new(Effect, Description, Location);

    public AuthDeclaration WithDescription(string description) => this with { Description = description };
}
