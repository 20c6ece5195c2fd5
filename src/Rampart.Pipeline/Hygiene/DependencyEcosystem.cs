namespace Rampart.Pipeline.Hygiene;

/// <summary>
/// A package ecosystem as dependency bots name it: Dependabot's <c>package-ecosystem</c> (and
/// the other names that also cover it), Renovate's managers, and how its manifests are recognised.
/// </summary>
internal sealed record DependencyEcosystem(string DependabotName, Func<string, bool> IsManifest)
{
    /// <summary>Other Dependabot ecosystem names that update the same manifests (uv for pip, bun for npm).</summary>
    public IReadOnlyList<string> AlsoCoveredBy { get; init; } = [];

    public IReadOnlyList<string> RenovateManagers { get; init; } = [];

    public bool IsCoveredBy(string dependabotName) =>
        string.Equals(dependabotName, DependabotName, StringComparison.OrdinalIgnoreCase)
        || AlsoCoveredBy.Contains(dependabotName, StringComparer.OrdinalIgnoreCase);
}
