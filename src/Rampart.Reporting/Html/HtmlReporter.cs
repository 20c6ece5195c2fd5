using System.Net;
using System.Text;
using Rampart.Core.Findings;
using Rampart.Core.Reports;

namespace Rampart.Reporting.Html;

/// <summary>
/// One self-contained HTML page (inline CSS and script, no external assets) with the findings
/// filterable by severity and family. All report text is HTML-encoded.
/// </summary>
public sealed class HtmlReporter : IReporter
{
    public ReportFormat Format => ReportFormat.Html;

    public void Write(ScanReport report, TextWriter writer)
    {
        var html = new StringBuilder();
        html.AppendLine("<!DOCTYPE html>");
        html.AppendLine("<html lang=\"en\"><head><meta charset=\"utf-8\">");
        html.AppendLine("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        html.AppendLine($"<title>Rampart report: {E(Path.GetFileName(report.Root.TrimEnd('/')))}</title>");
        html.AppendLine($"<style>{HtmlAssets.Style}</style></head><body>");
        html.AppendLine("<header><h1>Rampart report</h1>");
        html.AppendLine($"<p class=\"gate {(report.Gate.Passed ? "passed" : "failed")}\">Gate {E(ReportText.GateLine(report))}</p>");
        html.AppendLine($"<p class=\"meta\">{E(report.Root)} · rampart {E(report.ToolVersion)} · {report.FinishedAt.UtcDateTime:yyyy-MM-dd HH:mm} UTC · {E(ReportText.Counts(report))}</p></header>");
        AppendSummary(html, report);
        AppendFilters(html, report);
        html.AppendLine("<main id=\"findings\">");
        foreach (var finding in report.Findings)
        {
            AppendFinding(html, report, finding);
        }

        html.AppendLine($"<p id=\"empty\"{(report.Findings.Count == 0 ? string.Empty : " hidden")}>No findings match.</p>");
        html.AppendLine("</main>");
        AppendSuppressedAndWarnings(html, report);
        html.AppendLine($"<script>{HtmlAssets.Script}</script>");
        html.AppendLine("</body></html>");
        writer.Write(html.ToString());
    }

    private static void AppendSummary(StringBuilder html, ScanReport report)
    {
        html.AppendLine("<table class=\"summary\"><thead><tr><th>Severity</th><th>Findings</th></tr></thead><tbody>");
        foreach (var severity in ReportText.SeveritiesWorstFirst)
        {
            html.AppendLine($"<tr><td><span class=\"sev {severity.ToName()}\">{severity.ToName()}</span></td><td>{report.Count(severity)}</td></tr>");
        }

        html.AppendLine("</tbody></table>");
    }

    private static void AppendFilters(StringBuilder html, ScanReport report)
    {
        html.AppendLine("<form id=\"filters\"><fieldset><legend>Severity</legend>");
        foreach (var severity in ReportText.SeveritiesWorstFirst)
        {
            html.AppendLine($"<label><input type=\"checkbox\" name=\"severity\" value=\"{severity.ToName()}\" checked> {severity.ToName()}</label>");
        }

        html.AppendLine("</fieldset><fieldset><legend>Family</legend>");
        foreach (var family in report.Families)
        {
            html.AppendLine($"<label><input type=\"checkbox\" name=\"family\" value=\"{family.ToName()}\" checked> {family.ToName()}</label>");
        }

        html.AppendLine("</fieldset></form>");
    }

    private static void AppendFinding(StringBuilder html, ScanReport report, Finding finding)
    {
        var rule = report.RuleFor(finding);
        html.AppendLine($"<article class=\"finding\" data-severity=\"{finding.Severity.ToName()}\" data-family=\"{finding.Family.ToName()}\">");
        html.AppendLine($"<h2><span class=\"sev {finding.Severity.ToName()}\">{finding.Severity.ToName()}</span> <a href=\"{E(rule.HelpUri.ToString())}\">{finding.RuleId}</a> {E(rule.Name)} <code>{E(ReportText.Location(finding.Location))}</code></h2>");
        html.AppendLine($"<p>{E(finding.Message)}</p>");
        if (finding.Snippet is { } snippet)
        {
            html.Append("<pre>");
            for (var i = 0; i < snippet.Lines.Count; i++)
            {
                var number = snippet.FirstLine + i;
                var line = $"{number,4} | {snippet.Lines[i]}";
                html.Append(number == finding.Location.Line ? $"<mark>{E(line)}</mark>" : E(line)).Append('\n');
            }

            html.AppendLine("</pre>");
        }

        foreach (var related in finding.RelatedLocations)
        {
            html.AppendLine($"<p class=\"related\">also: <code>{E(ReportText.Location(related))}</code> {E(related.Label ?? string.Empty)}</p>");
        }

        html.AppendLine($"<p class=\"fix\"><strong>Fix:</strong> {E(ReportText.Remediation(report, finding))}</p>");
        html.AppendLine($"<p class=\"meta\">{finding.Family.ToName()} · {rule.Category.ToTag()} · confidence {finding.Confidence.ToName()}{string.Concat(rule.Cwe.Select(c => $" · CWE-{c}"))}</p>");
        html.AppendLine("</article>");
    }

    private static void AppendSuppressedAndWarnings(StringBuilder html, ScanReport report)
    {
        if (report.Suppressed.Count > 0)
        {
            html.AppendLine($"<details><summary>{report.Suppressed.Count} suppressed finding(s)</summary><ul>");
            foreach (var suppressed in report.Suppressed)
            {
                html.AppendLine($"<li>{suppressed.Finding.RuleId} <code>{E(ReportText.Location(suppressed.Finding.Location))}</code>: {E(suppressed.Reason)}</li>");
            }

            html.AppendLine("</ul></details>");
        }

        if (report.Warnings.Count + report.SkippedFiles.Count > 0)
        {
            html.AppendLine($"<details><summary>{report.Warnings.Count} warning(s), {report.SkippedFiles.Count} skipped file(s)</summary><ul>");
            foreach (var warning in report.Warnings)
            {
                html.AppendLine($"<li class=\"warning\">{E(warning.ToString())}</li>");
            }

            foreach (var skipped in report.SkippedFiles)
            {
                html.AppendLine($"<li>skipped <code>{E(skipped.Path)}</code>: {E(skipped.Detail)}</li>");
            }

            html.AppendLine("</ul></details>");
        }
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
