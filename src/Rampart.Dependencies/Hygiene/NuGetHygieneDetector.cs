using System.Xml.Linq;
using Rampart.Core.Detectors;
using Rampart.Core.Findings;
using Rampart.Core.Rules;
using Rampart.Core.Scanning;
using Rampart.Dependencies.Extractors.NuGet;

namespace Rampart.Dependencies.Hygiene;

/// <summary>
/// .NET settings that switch off or weaken the package checks NuGet itself does: auditing turned
/// off (RMP-D010), vulnerability warnings suppressed (RMP-D011), several package sources with no
/// source mapping (RMP-D012). Reads MSBuild files and nuget.config only; needs no advisory data.
/// </summary>
public sealed class NuGetHygieneDetector : IDetector
{
    private static readonly string[] MsBuildExtensions = [".csproj", ".fsproj", ".vbproj", ".props", ".targets"];

    public string Name => "nuget-hygiene";

    public DetectorFamily Family => DetectorFamily.Dependencies;

    public IReadOnlyList<Rule> Rules => DependencyRules.NuGetHygiene;

    public async Task<IReadOnlyList<Finding>> DetectAsync(ScanContext context, CancellationToken cancellationToken)
    {
        var findings = new List<Finding>();
        foreach (var file in context.Files.Where(f => IsMsBuildFile(f.Path) || IsNuGetConfig(f.Path)))
        {
            if (await context.ReadTextAsync(file, cancellationToken).ConfigureAwait(false) is not { } text
                || MsBuildXml.TryParse(text.Text, out _) is not { } document)
            {
                continue;
            }

            if (IsNuGetConfig(file.Path))
            {
                findings.AddRange(UnmappedPackageSourcesCheck.Check(file.Path, document));
                continue;
            }

            findings.AddRange(NuGetAuditDisabledCheck.Check(file.Path, document));
            findings.AddRange(SuppressedVulnerabilityWarningsCheck.Check(file.Path, document));
        }

        return findings;
    }

    private static bool IsMsBuildFile(string path) =>
        !path.Contains("node_modules/", StringComparison.Ordinal) && MsBuildExtensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    private static bool IsNuGetConfig(string path) =>
        string.Equals(Path.GetFileName(path), "nuget.config", StringComparison.OrdinalIgnoreCase);

    /// <summary>Elements by local name, ignoring case as MSBuild and NuGet do.</summary>
    internal static IEnumerable<XElement> Named(XContainer container, string name) =>
        container.Descendants().Where(e => string.Equals(e.Name.LocalName, name, StringComparison.OrdinalIgnoreCase));
}
