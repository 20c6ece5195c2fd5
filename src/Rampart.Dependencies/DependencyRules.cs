using Rampart.Core.Findings;
using Rampart.Core.Rules;

namespace Rampart.Dependencies;

/// <summary>Every rule of the dependencies family, in one place so ids are never reused.</summary>
public static class DependencyRules
{
    public static Rule VulnerableDependency { get; } = new()
    {
        Id = RuleId.Parse("RMP-D001"),
        Name = "vulnerable-dependency",
        Title = "A dependency has known vulnerabilities",
        Category = FindingCategory.Dependency,
        DefaultSeverity = Severity.High,
        DefaultConfidence = Confidence.High,
        Description = "A package version the project resolves is affected by published advisories (OSV: GitHub, npm, RetireJS, PyPA and others). The finding's severity is the worst advisory's CVSS base score or rating.",
        Remediation = "Upgrade to the fixed version named in the finding (for a transitive package, upgrade the direct dependency that pulls it in), then regenerate the lockfile.",
        Cwe = [1395],
    };

    public static Rule MaliciousPackage { get; } = new()
    {
        Id = RuleId.Parse("RMP-D002"),
        Name = "known-malicious-package",
        Title = "A dependency is a known malicious package",
        Category = FindingCategory.Dependency,
        DefaultSeverity = Severity.Critical,
        DefaultConfidence = Confidence.High,
        Description = "The package version is listed in OSV's malicious-packages data (MAL- records): installing it runs code written to steal credentials or tamper with the machine.",
        Remediation = "Remove the package, rotate every secret the machines that installed it could read, and check how it got in (a typo, a hallucinated name, a compromised maintainer).",
        Cwe = [506],
    };

    public static IReadOnlyList<Rule> All { get; } = [VulnerableDependency, MaliciousPackage];
}
