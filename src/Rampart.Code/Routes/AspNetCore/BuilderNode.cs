using Rampart.Core.Findings;

namespace Rampart.Code.Routes.AspNetCore;

/// <summary>
/// What a C# expression in endpoint registration code stands for: the app, a route group, one
/// endpoint, or a set of endpoints mapped at once (MapControllers, MapRazorPages, MapHub...).
/// Conventions (RequireAuthorization, AllowAnonymous, RequireRateLimiting) attach to a node and
/// apply to every endpoint below it, whenever they are added.
/// </summary>
internal abstract class BuilderNode(BuilderNode? parent)
{
    public BuilderNode? Parent { get; } = parent;

    public List<AuthDeclaration> Conventions { get; } = [];

    public bool RateLimited { get; set; }

    public bool DevelopmentOnly { get; init; }

    /// <summary>Set when the node's place in the app is not known (an extension method nobody calls).</summary>
    public string? UnknownReason { get; init; }

    /// <summary>The path prefix of this node alone.</summary>
    public virtual string Prefix => "";

    public string FullPrefix => (Parent?.FullPrefix ?? "") + Prefix;

    /// <summary>Conventions from the app down to this node, outermost first.</summary>
    public IEnumerable<AuthDeclaration> InheritedConventions => (Parent?.InheritedConventions ?? []).Concat(Conventions);

    public bool InheritedRateLimit => RateLimited || Parent?.InheritedRateLimit == true;

    public bool InheritedDevelopmentOnly => DevelopmentOnly || Parent?.InheritedDevelopmentOnly == true;

    public string? InheritedUnknownReason => UnknownReason ?? Parent?.InheritedUnknownReason;
}

/// <summary>The application (or an endpoint route builder whose origin is the app).</summary>
internal sealed class AppNode() : BuilderNode(null);

/// <summary><c>MapGroup("/api/orders")</c>.</summary>
internal sealed class GroupNode(BuilderNode parent, string prefix) : BuilderNode(parent)
{
    public override string Prefix { get; } = prefix;
}

/// <summary>
/// One endpoint from MapGet/MapPost/..., or a set mapped at once (MapControllers, MapHub...):
/// expanded into candidates once every convention is known, since a convention may be added after the Map call.
/// </summary>
internal sealed class EndpointNode(BuilderNode parent, string kind, Func<EndpointNode, IEnumerable<EndpointCandidate>> expand) : BuilderNode(parent)
{
    /// <summary>The Map call, e.g. <c>MapControllers</c>; conventions name it in their evidence.</summary>
    public string Kind { get; } = kind;

    public IEnumerable<EndpointCandidate> Expand() => expand(this);
}
