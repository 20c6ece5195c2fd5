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

    public static Rule TyposquatOfPopularPackage { get; } = new()
    {
        Id = RuleId.Parse("RMP-D003"),
        Name = "typosquat-of-popular-package",
        Title = "A dependency's name is a look-alike of a popular package",
        Category = FindingCategory.Dependency,
        DefaultSeverity = Severity.High,
        DefaultConfidence = Confidence.Medium,
        Description = "The name is one or two edits from a popular package of its ecosystem (Damerau-Levenshtein on normalised names), or reads exactly like one through look-alike characters (a homoglyph, critical). Checked offline against an embedded list of popular names.",
        Remediation = "Check the name letter by letter; if the popular package was meant, replace it and remove the look-alike from the lockfile and every machine that installed it.",
        Cwe = [1357],
    };

    public static Rule DependencyConfusionShape { get; } = new()
    {
        Id = RuleId.Parse("RMP-D004"),
        Name = "dependency-confusion-shape",
        Title = "A dependency has the shape of a dependency-confusion package",
        Category = FindingCategory.Dependency,
        DefaultSeverity = Severity.Medium,
        DefaultConfidence = Confidence.Medium,
        Description = "The version is inflated (99.x, 9999.x) the way confusion packages are published to win every range, or an internal-looking name (an `internal` scope or segment, a `corp-` prefix) is fetched from the public registry because no private registry is configured for it.",
        Remediation = "Fetch internal packages only from the private registry (an `.npmrc` scope registry, NuGet package source mapping, pip `--index-url`), reserve the name on the public registry, and pin the expected version.",
        Cwe = [427],
    };

    public static Rule PackageNotFoundInRegistry { get; } = new()
    {
        Id = RuleId.Parse("RMP-D005"),
        Name = "package-not-found-in-registry",
        Title = "A dependency was not found in its registry",
        Category = FindingCategory.Dependency,
        DefaultSeverity = Severity.Critical,
        DefaultConfidence = Confidence.Medium,
        Description = "The configured registry answers \"not found\" for a direct dependency. A name that does not exist is usually hallucinated by a code assistant, and it is free for an attacker to register (slopsquatting). A mirror that holds only part of the registry can also answer this.",
        Remediation = "Find the package that was meant (check the import and the project's docs) and replace the name; never publish or install a package under the missing name to make the error go away.",
        Cwe = [1357],
    };

    public static Rule RecentlyPublishedPackage { get; } = new()
    {
        Id = RuleId.Parse("RMP-D006"),
        Name = "recently-published-package",
        Title = "A dependency or its version was published less than 30 days ago",
        Category = FindingCategory.Dependency,
        DefaultSeverity = Severity.Medium,
        DefaultConfidence = Confidence.Medium,
        Description = "The registry dates the package's first release, or the resolved version, less than 30 days ago. New packages have no track record; malicious versions of hijacked packages are usually found and removed within days.",
        Remediation = "Prefer an established package, or pin the previous version until the new one has been out for a few weeks.",
        Cwe = [1357],
    };

    public static Rule NpmInstallScript { get; } = new()
    {
        Id = RuleId.Parse("RMP-D007"),
        Name = "npm-install-script",
        Title = "An npm dependency runs a script when installed",
        Category = FindingCategory.Dependency,
        DefaultSeverity = Severity.Medium,
        DefaultConfidence = Confidence.High,
        Description = "The resolved version's manifest declares a preinstall, install or postinstall script: npm runs it with the installing user's rights on every developer machine and CI runner.",
        Remediation = "Check what the script does; install with --ignore-scripts where the package works without it, or allow scripts only for the packages that need them.",
        Cwe = [829],
    };

    public static Rule NuGetBuildAssets { get; } = new()
    {
        Id = RuleId.Parse("RMP-D008"),
        Name = "nuget-build-assets",
        Title = "A NuGet dependency runs its own MSBuild code in every build",
        Category = FindingCategory.Dependency,
        DefaultSeverity = Severity.Low,
        DefaultConfidence = Confidence.High,
        Description = "The resolved version's package ships .props or .targets files under build/, buildTransitive/ or buildMultiTargeting/. MSBuild imports them into every build of the project (and, for buildTransitive, of every project that references it): they can run tasks and executables on developer machines and CI runners, the .NET counterpart of an npm install script.",
        Remediation = "Check what the package's build files do; prefer packages without build logic, and pin and review the versions of those you keep (lockfile with --locked-mode, reviewed updates).",
        Cwe = [829],
    };

    public static IReadOnlyList<Rule> All { get; } = [VulnerableDependency, MaliciousPackage, TyposquatOfPopularPackage, DependencyConfusionShape, PackageNotFoundInRegistry, RecentlyPublishedPackage, NpmInstallScript, NuGetBuildAssets];

    public static Rule NuGetAuditDisabled { get; } = new()
    {
        Id = RuleId.Parse("RMP-D010"),
        Name = "nuget-audit-disabled",
        Title = "NuGet's vulnerability audit is turned off",
        Category = FindingCategory.Config,
        DefaultSeverity = Severity.Medium,
        DefaultConfidence = Confidence.High,
        Description = "A project or Directory.Build.props sets <NuGetAudit>false</NuGetAudit>: dotnet restore stops warning (NU1901-NU1904) about packages with known vulnerabilities.",
        Remediation = "Remove the property (auditing is on by default since .NET 8) and fix or suppress individual advisories with <NuGetAuditSuppress Include=\"advisory URL\" />.",
        Cwe = [1395],
    };

    public static Rule VulnerabilityWarningsSuppressed { get; } = new()
    {
        Id = RuleId.Parse("RMP-D011"),
        Name = "nuget-vulnerability-warnings-suppressed",
        Title = "NuGet vulnerability warnings are suppressed",
        Category = FindingCategory.Config,
        DefaultSeverity = Severity.Medium,
        DefaultConfidence = Confidence.High,
        Description = "NU1901-NU1904 are listed in NoWarn (the warnings are hidden) or WarningsNotAsErrors (they no longer fail a build that treats warnings as errors), so a vulnerable package goes unnoticed.",
        Remediation = "Remove the codes; upgrade the package, or suppress one reviewed advisory with <NuGetAuditSuppress Include=\"advisory URL\" />.",
        Cwe = [1395],
    };

    public static Rule UnmappedPackageSources { get; } = new()
    {
        Id = RuleId.Parse("RMP-D012"),
        Name = "nuget-sources-without-mapping",
        Title = "Several NuGet package sources without package source mapping",
        Category = FindingCategory.Config,
        DefaultSeverity = Severity.Medium,
        DefaultConfidence = Confidence.Medium,
        Description = "A nuget.config lists more than one package source and no <packageSourceMapping>: NuGet takes each package from whichever feed has it, so a public package with an internal package's name can be restored instead (dependency confusion).",
        Remediation = "Add <packageSourceMapping> mapping each id pattern (e.g. Contoso.*) to the one feed it may come from, or use a single feed that proxies the others.",
        Cwe = [427],
    };

    /// <summary>The rules of <see cref="Hygiene.NuGetHygieneDetector"/>, which checks settings rather than packages.</summary>
    public static IReadOnlyList<Rule> NuGetHygiene { get; } = [NuGetAuditDisabled, VulnerabilityWarningsSuppressed, UnmappedPackageSources];
}
