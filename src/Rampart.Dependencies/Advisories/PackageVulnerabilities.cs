using Rampart.Dependencies.Inventory;

namespace Rampart.Dependencies.Advisories;

/// <summary>
/// The advisories that apply to one package, and the fix advice: <see cref="FixVersion"/> is the
/// lowest version that fixes every one of them, or null when at least one has no known fix.
/// </summary>
public sealed record PackageVulnerabilities(Package Package, IReadOnlyList<AdvisoryMatch> Advisories, string? FixVersion);
