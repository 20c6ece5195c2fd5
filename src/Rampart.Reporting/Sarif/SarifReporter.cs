using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Rampart.Core.Findings;
using Rampart.Core.Reports;
using Rampart.Core.Rules;
using Rampart.Reporting.Json;

namespace Rampart.Reporting.Sarif;

/// <summary>
/// SARIF 2.1.0 as GitHub code scanning reads it: rules with help and <c>security-severity</c>,
/// tags for family and category, <c>partialFingerprints</c>, URIs relative to <c>%SRCROOT%</c>,
/// suppressed findings carried with their justification.
/// </summary>
public sealed class SarifReporter : IReporter
{
    private const string SrcRoot = "%SRCROOT%";
    private const string FingerprintKey = "rampart/v1";

    public ReportFormat Format => ReportFormat.Sarif;

    public void Write(ScanReport report, TextWriter writer)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            WriteRun(json, report);
            json.WriteEndArray();
            json.WriteEndObject();
        }

        writer.Write(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
        writer.WriteLine();
    }

    private static void WriteRun(Utf8JsonWriter json, ScanReport report)
    {
        json.WriteStartObject();
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "Rampart");
        json.WriteString("version", report.ToolVersion);
        json.WriteString("semanticVersion", report.ToolVersion);
        json.WriteString("informationUri", RuleDocs.BaseUri);
        json.WriteStartArray("rules");
        foreach (var rule in report.Rules)
        {
            WriteRule(json, rule);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();

        json.WriteStartObject("originalUriBaseIds");
        json.WriteStartObject(SrcRoot);
        json.WriteString("uri", new Uri(report.Root.TrimEnd('/') + "/").AbsoluteUri);
        json.WriteEndObject();
        json.WriteEndObject();

        json.WriteStartArray("invocations");
        WriteInvocation(json, report);
        json.WriteEndArray();

        var ruleIndex = report.Rules.Select((rule, index) => (rule.Id, index)).ToDictionary(p => p.Id, p => p.index);
        json.WriteStartArray("results");
        foreach (var finding in report.Findings)
        {
            WriteResult(json, report, finding, ruleIndex[finding.RuleId], suppression: null);
        }

        foreach (var suppressed in report.Suppressed)
        {
            var kind = suppressed.Kind == Core.Suppressions.SuppressionKind.Inline ? "inSource" : "external";
            WriteResult(json, report, suppressed.Finding, ruleIndex[suppressed.Finding.RuleId], (kind, suppressed.Reason));
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteRule(Utf8JsonWriter json, Rule rule)
    {
        json.WriteStartObject();
        json.WriteString("id", rule.Id.Value);
        json.WriteString("name", rule.Name);
        WriteMessage(json, "shortDescription", rule.Title);
        WriteMessage(json, "fullDescription", rule.Description);
        json.WriteStartObject("help");
        json.WriteString("text", $"{rule.Description}\n\nFix: {rule.Remediation}");
        json.WriteString("markdown", $"{rule.Description}\n\n**Fix:** {rule.Remediation}\n\n[Rule documentation]({rule.HelpUri})");
        json.WriteEndObject();
        json.WriteString("helpUri", rule.HelpUri.ToString());
        json.WriteStartObject("defaultConfiguration");
        json.WriteString("level", Level(rule.DefaultSeverity));
        json.WriteEndObject();
        json.WriteStartObject("properties");
        EvidenceJson.WriteStrings(json, "tags", Tags(rule).Distinct());
        json.WriteString("security-severity", SecuritySeverity(rule.DefaultSeverity));
        json.WriteString("precision", Precision(rule.DefaultConfidence));
        json.WriteString("problem.severity", rule.DefaultSeverity >= Severity.High ? "error" : rule.DefaultSeverity == Severity.Medium ? "warning" : "recommendation");
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static IEnumerable<string> Tags(Rule rule)
    {
        yield return "security";
        yield return rule.Family.ToName();
        yield return rule.Category.ToTag();
        foreach (var cwe in rule.Cwe)
        {
            yield return $"external/cwe/cwe-{cwe}";
        }
    }

    private static void WriteInvocation(Utf8JsonWriter json, ScanReport report)
    {
        json.WriteStartObject();
        json.WriteBoolean("executionSuccessful", !report.Incomplete);
        json.WriteString("startTimeUtc", report.StartedAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture));
        json.WriteString("endTimeUtc", report.FinishedAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture));
        json.WriteStartArray("toolExecutionNotifications");
        foreach (var warning in report.Warnings)
        {
            json.WriteStartObject();
            json.WriteString("level", warning.MakesScanIncomplete ? "error" : "warning");
            WriteMessage(json, "message", warning.ToString());
            if (warning.Path is not null)
            {
                json.WriteStartArray("locations");
                json.WriteStartObject();
                json.WritePropertyName("physicalLocation");
                WritePhysicalLocation(json, new SourceLocation(warning.Path), snippet: null);
                json.WriteEndObject();
                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, ScanReport report, Finding finding, int ruleIndex, (string Kind, string Justification)? suppression)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", finding.RuleId.Value);
        json.WriteNumber("ruleIndex", ruleIndex);
        json.WriteString("level", Level(finding.Severity));
        WriteMessage(json, "message", finding.Message);
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WritePropertyName("physicalLocation");
        WritePhysicalLocation(json, finding.Location, finding.Snippet);
        json.WriteEndObject();
        json.WriteEndArray();

        if (finding.RelatedLocations.Count > 0)
        {
            json.WriteStartArray("relatedLocations");
            for (var i = 0; i < finding.RelatedLocations.Count; i++)
            {
                var related = finding.RelatedLocations[i];
                json.WriteStartObject();
                json.WriteNumber("id", i + 1);
                json.WritePropertyName("physicalLocation");
                WritePhysicalLocation(json, related, snippet: null);
                if (related.Label is not null)
                {
                    WriteMessage(json, "message", related.Label);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteStartObject("partialFingerprints");
        json.WriteString(FingerprintKey, finding.Fingerprint);
        json.WriteEndObject();

        if (suppression is { } s)
        {
            json.WriteStartArray("suppressions");
            json.WriteStartObject();
            json.WriteString("kind", s.Kind);
            json.WriteString("justification", s.Justification);
            json.WriteEndObject();
            json.WriteEndArray();
        }

        json.WriteStartObject("properties");
        json.WriteString("severity", finding.Severity.ToName());
        json.WriteString("confidence", finding.Confidence.ToName());
        json.WriteString("remediation", ReportText.Remediation(report, finding));
        if (finding.Evidence is { } evidence)
        {
            json.WritePropertyName("evidence");
            EvidenceJson.Write(json, evidence);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WritePhysicalLocation(Utf8JsonWriter json, SourceLocation location, Snippet? snippet)
    {
        json.WriteStartObject();
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", RelativeUri(location.Path));
        json.WriteString("uriBaseId", SrcRoot);
        json.WriteEndObject();
        if (location.HasLine)
        {
            json.WriteStartObject("region");
            json.WriteNumber("startLine", location.Line);
            if (location.Column > 0)
            {
                json.WriteNumber("startColumn", location.Column);
            }

            if (location.EndLine > 0)
            {
                json.WriteNumber("endLine", location.EndLine);
            }

            if (location.EndColumn > 0)
            {
                json.WriteNumber("endColumn", location.EndColumn);
            }

            if (snippet is not null && location.Line - snippet.FirstLine < snippet.Lines.Count)
            {
                json.WriteStartObject("snippet");
                json.WriteString("text", snippet.Lines[location.Line - snippet.FirstLine]);
                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static void WriteMessage(Utf8JsonWriter json, string name, string text)
    {
        json.WriteStartObject(name);
        json.WriteString("text", text);
        json.WriteEndObject();
    }

    private static string RelativeUri(string path) =>
        path == "." ? "./" : string.Join('/', path.Split('/').Select(Uri.EscapeDataString));

    private static string Level(Severity severity) => severity switch
    {
        Severity.Critical or Severity.High => "error",
        Severity.Medium => "warning",
        _ => "note",
    };

    // GitHub buckets: >= 9.0 critical, 7.0-8.9 high, 4.0-6.9 medium, 0.1-3.9 low.
    private static string SecuritySeverity(Severity severity) => severity switch
    {
        Severity.Critical => "9.5",
        Severity.High => "8.0",
        Severity.Medium => "5.5",
        Severity.Low => "3.0",
        _ => "0.1",
    };

    private static string Precision(Confidence confidence) => confidence switch
    {
        Confidence.High => "high",
        Confidence.Medium => "medium",
        _ => "low",
    };
}
