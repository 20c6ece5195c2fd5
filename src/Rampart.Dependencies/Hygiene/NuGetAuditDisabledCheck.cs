using System.Xml.Linq;
using Rampart.Core.Findings;
using Rampart.Dependencies.Extractors.NuGet;

namespace Rampart.Dependencies.Hygiene;

/// <summary>RMP-D010: <c>&lt;NuGetAudit&gt;false&lt;/NuGetAudit&gt;</c> turns off the vulnerability check of every restore.</summary>
internal static class NuGetAuditDisabledCheck
{
    public static IEnumerable<Finding> Check(string path, XDocument document)
    {
        var rule = DependencyRules.NuGetAuditDisabled;
        foreach (var element in NuGetHygieneDetector.Named(document, "NuGetAudit").Where(e => !e.HasElements))
        {
            if (!string.Equals(element.Value.Trim(), "false", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            yield return new Finding
            {
                RuleId = rule.Id,
                Severity = rule.DefaultSeverity,
                Confidence = rule.DefaultConfidence,
                Message = "NuGetAudit is false: restore no longer warns about packages with known vulnerabilities",
                Location = new SourceLocation(path, MsBuildXml.LineOf(element)),
                Fingerprint = Fingerprint.Create(rule.Id, path, "NuGetAudit=false"),
            };
        }
    }
}
