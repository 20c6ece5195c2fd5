using System.Text.Encodings.Web;
using System.Text.Json;
using Rampart.Core.Findings;
using Rampart.Core.Reports;
using Rampart.Core.Scanning;

namespace Rampart.Reporting.Json;

/// <summary>
/// The machine-readable report, schema version <see cref="SchemaVersion"/> (documented in
/// docs/json-report.md). Fields are only ever added within a major version.
/// </summary>
public sealed class JsonReporter : IReporter
{
    public const string SchemaVersion = "1.0";

    public ReportFormat Format => ReportFormat.Json;

    public void Write(ScanReport report, TextWriter writer)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            WriteReport(json, report);
        }

        writer.Write(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
        writer.WriteLine();
    }

    private static void WriteReport(Utf8JsonWriter json, ScanReport report)
    {
        json.WriteStartObject();
        json.WriteString("schemaVersion", SchemaVersion);
        json.WriteStartObject("tool");
        json.WriteString("name", "rampart");
        json.WriteString("version", report.ToolVersion);
        json.WriteEndObject();
        json.WriteString("root", report.Root);
        json.WriteString("startedAt", report.StartedAt);
        json.WriteString("finishedAt", report.FinishedAt);
        EvidenceJson.WriteStrings(json, "families", report.Families.Select(f => f.ToName()));

        json.WriteStartObject("gate");
        json.WriteString("failOn", report.Gate.FailOn.ToName());
        json.WriteBoolean("passed", report.Gate.Passed);
        json.WriteNumber("findingsAtOrAboveThreshold", report.Gate.FindingsAtOrAboveThreshold);
        json.WriteEndObject();
        json.WriteBoolean("incomplete", report.Incomplete);

        json.WriteStartObject("summary");
        foreach (var severity in ReportText.SeveritiesWorstFirst)
        {
            json.WriteNumber(severity.ToName(), report.Count(severity));
        }

        json.WriteNumber("suppressed", report.Suppressed.Count);
        json.WriteNumber("baselined", report.BaselinedCount);
        json.WriteNumber("filesScanned", report.FilesScanned);
        json.WriteNumber("filesSkipped", report.SkippedFiles.Count);
        json.WriteEndObject();

        json.WriteStartArray("findings");
        foreach (var finding in report.Findings)
        {
            WriteFinding(json, report, finding, suppression: null);
        }

        json.WriteEndArray();

        json.WriteStartArray("suppressed");
        foreach (var suppressed in report.Suppressed)
        {
            WriteFinding(json, report, suppressed.Finding, (suppressed.Kind.ToString().ToLowerInvariant(), suppressed.Reason));
        }

        json.WriteEndArray();

        json.WriteStartArray("warnings");
        foreach (var warning in report.Warnings)
        {
            WriteWarning(json, warning);
        }

        json.WriteEndArray();

        json.WriteStartArray("skippedFiles");
        foreach (var skipped in report.SkippedFiles)
        {
            json.WriteStartObject();
            json.WriteString("path", skipped.Path);
            json.WriteString("reason", ToKebab(skipped.Reason.ToString()));
            json.WriteString("detail", skipped.Detail);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteFinding(Utf8JsonWriter json, ScanReport report, Finding finding, (string Kind, string Reason)? suppression)
    {
        var rule = report.RuleFor(finding);
        json.WriteStartObject();
        json.WriteString("ruleId", finding.RuleId.Value);
        json.WriteString("ruleName", rule.Name);
        json.WriteString("family", finding.Family.ToName());
        json.WriteString("category", rule.Category.ToTag());
        json.WriteString("severity", finding.Severity.ToName());
        json.WriteString("confidence", finding.Confidence.ToName());
        json.WriteString("message", finding.Message);
        json.WritePropertyName("location");
        WriteLocation(json, finding.Location);
        json.WriteStartArray("relatedLocations");
        foreach (var related in finding.RelatedLocations)
        {
            WriteLocation(json, related);
        }

        json.WriteEndArray();
        json.WriteString("fingerprint", finding.Fingerprint);
        json.WriteString("remediation", ReportText.Remediation(report, finding));
        json.WriteStartArray("cwe");
        foreach (var cwe in rule.Cwe)
        {
            json.WriteStringValue($"CWE-{cwe}");
        }

        json.WriteEndArray();
        json.WriteString("helpUri", rule.HelpUri.ToString());
        if (finding.Evidence is { } evidence)
        {
            json.WritePropertyName("evidence");
            EvidenceJson.Write(json, evidence);
        }

        if (finding.Snippet is { } snippet)
        {
            json.WriteStartObject("snippet");
            json.WriteNumber("firstLine", snippet.FirstLine);
            EvidenceJson.WriteStrings(json, "lines", snippet.Lines);
            json.WriteEndObject();
        }

        if (suppression is { } s)
        {
            json.WriteStartObject("suppression");
            json.WriteString("kind", s.Kind);
            json.WriteString("reason", s.Reason);
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static void WriteLocation(Utf8JsonWriter json, SourceLocation location)
    {
        json.WriteStartObject();
        json.WriteString("path", location.Path);
        if (location.HasLine)
        {
            json.WriteNumber("line", location.Line);
            json.WriteNumber("column", location.Column);
            json.WriteNumber("endLine", location.EndLine);
            json.WriteNumber("endColumn", location.EndColumn);
        }

        if (location.Label is not null)
        {
            json.WriteString("label", location.Label);
        }

        json.WriteEndObject();
    }

    private static void WriteWarning(Utf8JsonWriter json, ScanWarning warning)
    {
        json.WriteStartObject();
        json.WriteString("message", warning.Message);
        if (warning.Path is not null)
        {
            json.WriteString("path", warning.Path);
        }

        if (warning.Detector is not null)
        {
            json.WriteString("detector", warning.Detector);
        }

        json.WriteBoolean("makesScanIncomplete", warning.MakesScanIncomplete);
        json.WriteEndObject();
    }

    private static string ToKebab(string pascal) =>
        string.Concat(pascal.Select((c, i) => char.IsUpper(c) && i > 0 ? $"-{char.ToLowerInvariant(c)}" : char.ToLowerInvariant(c).ToString()));
}
