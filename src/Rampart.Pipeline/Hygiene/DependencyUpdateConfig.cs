using Rampart.Core.Findings;

namespace Rampart.Pipeline.Hygiene;

/// <summary>A Dependabot or Renovate configuration and the ecosystems it covers.</summary>
/// <param name="Covered">The Dependabot names it covers, or null when it covers every ecosystem (Renovate's default).</param>
internal sealed record DependencyUpdateConfig(string Tool, SourceLocation Location, IReadOnlySet<string>? Covered)
{
    public bool Covers(DependencyEcosystem ecosystem) => Covered is null || Covered.Any(ecosystem.IsCoveredBy);
}
