using Rampart.Core.Findings;
using Rampart.Core.Reports;

namespace Rampart.Reporting;

/// <summary>Wording shared by the human-readable reporters, so console, Markdown and HTML agree.</summary>
public static class ReportText
{
    public static IReadOnlyList<Severity> SeveritiesWorstFirst { get; } = [.. Enum.GetValues<Severity>().OrderDescending()];

    public static string GateLine(ScanReport report)
    {
        var verdict = report.Gate.Passed
            ? $"PASSED: no findings at or above {report.Gate.FailOn.ToName()}"
            : $"FAILED: {report.Gate.FindingsAtOrAboveThreshold} finding(s) at or above {report.Gate.FailOn.ToName()}";
        return report.Incomplete ? $"{verdict} (scan incomplete: see warnings)" : verdict;
    }

    public static string Location(SourceLocation location) =>
        location.HasLine ? $"{location.Path}:{location.Line}" + (location.Column > 0 ? $":{location.Column}" : string.Empty) : location.Path;

    public static string Remediation(ScanReport report, Finding finding) => finding.Remediation ?? report.RuleFor(finding).Remediation;

    public static string Counts(ScanReport report) =>
        $"{report.Findings.Count} finding(s), {report.Suppressed.Count} suppressed, {report.BaselinedCount} baselined, {report.FilesScanned} file(s) scanned, {report.SkippedFiles.Count} skipped";
}
