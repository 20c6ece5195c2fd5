using System.Text;
using Rampart.Core.Findings;
using Rampart.Core.Reports;

namespace Rampart.Reporting.Markdown;

/// <summary>A pull-request comment: verdict, summary table, the top findings, the rest collapsed.</summary>
public sealed class MarkdownReporter : IReporter
{
    private const int TopFindings = 10;

    public ReportFormat Format => ReportFormat.Markdown;

    public void Write(ScanReport report, TextWriter writer)
    {
        var md = new StringBuilder();
        md.AppendLine("## Rampart scan").AppendLine();
        md.AppendLine($"{(report.Gate.Passed ? "✅" : "❌")} **Gate {Escape(ReportText.GateLine(report))}**").AppendLine();
        md.AppendLine("| Severity | Findings |").AppendLine("|---|---:|");
        foreach (var severity in ReportText.SeveritiesWorstFirst)
        {
            md.AppendLine($"| {severity.ToName()} | {report.Count(severity)} |");
        }

        md.AppendLine().AppendLine(Escape(ReportText.Counts(report))).AppendLine();
        if (report.Findings.Count > 0)
        {
            md.AppendLine("### Top findings").AppendLine();
            AppendTable(md, report, report.Findings.Take(TopFindings));
            md.AppendLine();
            md.AppendLine($"<details><summary>All {report.Findings.Count} finding(s) with details</summary>").AppendLine();
            foreach (var finding in report.Findings)
            {
                AppendDetails(md, report, finding);
            }

            md.AppendLine("</details>").AppendLine();
        }

        if (report.Suppressed.Count > 0)
        {
            md.AppendLine($"<details><summary>{report.Suppressed.Count} suppressed finding(s)</summary>").AppendLine();
            md.AppendLine("| Rule | Location | Reason |").AppendLine("|---|---|---|");
            foreach (var suppressed in report.Suppressed)
            {
                md.AppendLine($"| {suppressed.Finding.RuleId} | `{Code(ReportText.Location(suppressed.Finding.Location))}` | {Escape(suppressed.Reason)} |");
            }

            md.AppendLine().AppendLine("</details>").AppendLine();
        }

        if (report.Warnings.Count > 0)
        {
            md.AppendLine("### Warnings").AppendLine();
            foreach (var warning in report.Warnings)
            {
                md.AppendLine($"- {Escape(warning.ToString())}");
            }

            md.AppendLine();
        }

        writer.Write(md.ToString());
    }

    private static void AppendTable(StringBuilder md, ScanReport report, IEnumerable<Finding> findings)
    {
        md.AppendLine("| Severity | Rule | Location | Message |").AppendLine("|---|---|---|---|");
        foreach (var finding in findings)
        {
            var rule = report.RuleFor(finding);
            md.AppendLine($"| {finding.Severity.ToName()} | [{finding.RuleId}]({rule.HelpUri}) {rule.Name} | `{Code(ReportText.Location(finding.Location))}` | {Escape(finding.Message)} |");
        }
    }

    private static void AppendDetails(StringBuilder md, ScanReport report, Finding finding)
    {
        var rule = report.RuleFor(finding);
        md.AppendLine($"#### {finding.Severity.ToName()} · {finding.RuleId} {rule.Name} · `{Code(ReportText.Location(finding.Location))}`").AppendLine();
        md.AppendLine(Escape(finding.Message)).AppendLine();
        if (finding.Snippet is { } snippet)
        {
            var fence = snippet.Lines.Any(l => l.Contains("```", StringComparison.Ordinal)) ? "~~~~" : "```";
            md.AppendLine(fence);
            for (var i = 0; i < snippet.Lines.Count; i++)
            {
                md.AppendLine($"{snippet.FirstLine + i,4} | {snippet.Lines[i]}");
            }

            md.AppendLine(fence).AppendLine();
        }

        md.AppendLine($"**Fix:** {Escape(ReportText.Remediation(report, finding))} ([docs]({rule.HelpUri}))").AppendLine();
    }

    /// <summary>Neutralises Markdown and HTML in finding text so a crafted file name cannot inject markup.</summary>
    private static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '|' or '\\' or '`' or '*' or '_' or '[' or ']' or '#' or '~':
                    sb.Append('\\').Append(c);
                    break;
                case '<':
                    sb.Append("&lt;");
                    break;
                case '>':
                    sb.Append("&gt;");
                    break;
                case '\n' or '\r':
                    sb.Append(' ');
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }

        return sb.ToString();
    }

    private static string Code(string text) => text.Replace("`", "'", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal);
}
