using System.Text.Json;
using System.Text.RegularExpressions;
using Rampart.Core.Findings;
using Rampart.Reporting;
using Rampart.Reporting.Console;

namespace Rampart.Tests.Reporting;

/// <summary>
/// Properties each format must keep whatever the goldens say: goldens catch change, these catch a
/// golden that was regenerated with a leak or an injection in it.
/// </summary>
public sealed class ReporterOutputTests
{
    /// <summary>No run of this many characters of a raw secret may appear anywhere in a report.</summary>
    private const int SecretFragmentLength = 12;

    public static TheoryData<string> Formats()
    {
        var formats = new TheoryData<string>();
        foreach (var format in ReportRendering.Formats)
        {
            formats.Add(format.ToString());
        }

        return formats;
    }

    public static TheoryData<string> ReportNames()
    {
        var names = new TheoryData<string>();
        foreach (var name in SampleReports.Names)
        {
            names.Add(name);
        }

        return names;
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Raw_secret_never_appears_only_its_preview(string formatName)
    {
        var format = Enum.Parse<ReportFormat>(formatName);
        var output = ReportRendering.Render(format, SampleReports.WithFindings());

        foreach (var secret in SampleReports.RawSecrets)
        {
            for (var start = 0; start + SecretFragmentLength <= secret.Length; start++)
            {
                Assert.DoesNotContain(secret.Substring(start, SecretFragmentLength), output, StringComparison.Ordinal);
            }

            // The machine-readable formats carry the evidence, so the preview must be there instead.
            if (format is ReportFormat.Json or ReportFormat.Sarif)
            {
                Assert.Contains(RedactedSecret.From(secret).Preview, output, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Html_report_loads_nothing_from_outside_the_file()
    {
        var html = ReportRendering.Render(ReportFormat.Html, SampleReports.WithFindings());

        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script src", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(new Regex(@"\bsrc\s*=", RegexOptions.IgnoreCase), html);
        Assert.DoesNotMatch(new Regex(@"@import|url\(", RegexOptions.IgnoreCase), html);
        // One inline script and one inline style, without attributes.
        Assert.Single(Regex.Matches(html, "<script", RegexOptions.IgnoreCase));
        Assert.Contains("<script>", html, StringComparison.Ordinal);
        Assert.Single(Regex.Matches(html, "<style", RegexOptions.IgnoreCase));
        Assert.Contains("<style>", html, StringComparison.Ordinal);
        // Absolute URLs only as links the reader may follow (rule docs), never as assets.
        Assert.Equal(Regex.Count(html, "https?://"), Regex.Count(html, "<a href=\"https?://"));
    }

    [Fact]
    public void Html_report_encodes_hostile_finding_text()
    {
        var html = ReportRendering.Render(ReportFormat.Html, SampleReports.WithFindings());

        Assert.Contains("&lt;script&gt;alert(", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("export|users `v2` &amp; co.js", html, StringComparison.Ordinal);
        Assert.Contains("&lt;security&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_tables_keep_their_column_count_when_text_contains_pipes()
    {
        var markdown = ReportRendering.Render(ReportFormat.Markdown, SampleReports.WithFindings());
        var tables = MarkdownTables(markdown);

        Assert.NotEmpty(tables);
        foreach (var table in tables)
        {
            var columns = UnescapedPipes(table[0]);
            foreach (var row in table)
            {
                Assert.True(UnescapedPipes(row) == columns, $"Row has {UnescapedPipes(row)} unescaped '|', its header has {columns}:\n{row}");
            }
        }

        // The rows that carry hostile text must be among the rows checked.
        var rows = tables.SelectMany(table => table).ToList();
        Assert.Contains(rows, row => row.Contains("alert(", StringComparison.Ordinal));
        Assert.Contains(rows, row => row.Contains("SEC-42", StringComparison.Ordinal));
        Assert.Contains(rows, row => row.Contains("export", StringComparison.Ordinal));
    }

    [Fact]
    public void Markdown_escapes_html_in_finding_text()
    {
        var markdown = ReportRendering.Render(ReportFormat.Markdown, SampleReports.WithFindings());
        var outsideCodeFences = Regex.Replace(markdown, "(?ms)^(```|~~~~).*?^\\1$", string.Empty);

        Assert.DoesNotContain("<script", outsideCodeFences, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", outsideCodeFences, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ReportNames))]
    public void Json_report_parses_and_its_summary_matches_the_report(string reportName)
    {
        var report = SampleReports.ByName(reportName);
        using var document = JsonDocument.Parse(ReportRendering.Render(ReportFormat.Json, report));
        var root = document.RootElement;
        var summary = root.GetProperty("summary");

        Assert.Equal("1.0", root.GetProperty("schemaVersion").GetString());
        foreach (var severity in Enum.GetValues<Severity>())
        {
            Assert.Equal(report.Count(severity), summary.GetProperty(severity.ToName()).GetInt32());
        }

        Assert.Equal(report.Suppressed.Count, summary.GetProperty("suppressed").GetInt32());
        Assert.Equal(report.BaselinedCount, summary.GetProperty("baselined").GetInt32());
        Assert.Equal(report.FilesScanned, summary.GetProperty("filesScanned").GetInt32());
        Assert.Equal(report.SkippedFiles.Count, summary.GetProperty("filesSkipped").GetInt32());
        Assert.Equal(report.Findings.Count, root.GetProperty("findings").GetArrayLength());
        Assert.Equal(report.Suppressed.Count, root.GetProperty("suppressed").GetArrayLength());
        Assert.Equal(report.Warnings.Count, root.GetProperty("warnings").GetArrayLength());
        Assert.Equal(
            report.Findings.Select(f => f.RuleId.Value),
            root.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("ruleId").GetString() ?? string.Empty));
        Assert.Equal(report.Gate.Passed, root.GetProperty("gate").GetProperty("passed").GetBoolean());
        Assert.Equal(report.Incomplete, root.GetProperty("incomplete").GetBoolean());
    }

    [Fact]
    public void Console_output_without_color_has_no_escape_sequences()
    {
        var text = ReportRendering.Render(new ConsoleReporter(ReportRendering.PlainConsole), SampleReports.WithFindings());

        Assert.DoesNotContain("\u001b", text, StringComparison.Ordinal);
        // Finding text is printed as text, never read as Spectre markup.
        Assert.Contains("[bold]not", text, StringComparison.Ordinal);
        Assert.Contains("markup[/]", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Console_output_with_color_has_escape_sequences()
    {
        var text = ReportRendering.Render(new ConsoleReporter(ReportRendering.ColorConsole), SampleReports.WithFindings());

        Assert.Contains("\u001b[", text, StringComparison.Ordinal);
    }

    /// <summary>Runs of consecutive lines that start with '|'.</summary>
    private static List<List<string>> MarkdownTables(string markdown)
    {
        var tables = new List<List<string>>();
        List<string>? current = null;
        foreach (var line in markdown.Split('\n'))
        {
            if (!line.StartsWith('|'))
            {
                current = null;
                continue;
            }

            if (current is null)
            {
                current = [];
                tables.Add(current);
            }

            current.Add(line);
        }

        return tables;
    }

    /// <summary>Pipes that split a GFM table row: those not preceded by an odd number of backslashes.</summary>
    private static int UnescapedPipes(string row)
    {
        var pipes = 0;
        var backslashes = 0;
        foreach (var c in row)
        {
            if (c == '\\')
            {
                backslashes++;
                continue;
            }

            if (c == '|' && backslashes % 2 == 0)
            {
                pipes++;
            }

            backslashes = 0;
        }

        return pipes;
    }
}
