using System.Globalization;
using Rampart.Core.Findings;
using Rampart.Core.Reports;
using Spectre.Console;

namespace Rampart.Reporting.Console;

/// <summary>
/// The human report: findings grouped by severity with file:line, the source lines with the span
/// marked, the fix and the docs link; then a summary table, warnings and the gate verdict.
/// </summary>
public sealed class ConsoleReporter(ConsoleStyle style) : IReporter
{
    public ReportFormat Format => ReportFormat.Console;

    public void Write(ScanReport report, TextWriter writer)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = style.UseColor ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = style.UseColor ? ColorSystemSupport.Standard : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
            // CI enrichers (e.g. GitHub Actions) would switch ANSI back on behind our back.
            Enrichment = new ProfileEnrichment { UseDefaultEnrichers = false },
        });
        console.Profile.Width = style.Width;

        foreach (var group in report.Findings.GroupBy(f => f.Severity))
        {
            console.Write(new Rule($"[{Colour(group.Key)}]{group.Key.ToName().ToUpperInvariant()} ({group.Count()})[/]") { Justification = Justify.Left });
            foreach (var finding in group)
            {
                WriteFinding(console, report, finding);
            }
        }

        if (report.Findings.Count == 0)
        {
            console.MarkupLine("[green]No findings.[/]");
        }

        console.WriteLine();
        console.Write(SummaryTable(report));
        WriteWarnings(console, report);
        console.WriteLine(ReportText.Counts(report));
        var gateColour = report.Gate.Passed ? "green" : "red";
        console.MarkupLine($"[bold {gateColour}]Gate {Markup.Escape(ReportText.GateLine(report))}[/]");
    }

    private static void WriteFinding(IAnsiConsole console, ScanReport report, Finding finding)
    {
        var rule = report.RuleFor(finding);
        console.MarkupLine($"[{Colour(finding.Severity)}]{finding.Severity.ToName()}[/] [bold]{finding.RuleId}[/] {Markup.Escape(rule.Name)}  [underline]{Markup.Escape(ReportText.Location(finding.Location))}[/]");
        console.MarkupLine($"  {Markup.Escape(finding.Message)}");
        if (finding.Snippet is { } snippet)
        {
            WriteSnippet(console, snippet, finding.Location);
        }

        foreach (var related in finding.RelatedLocations)
        {
            console.MarkupLine($"  [grey]also: {Markup.Escape(ReportText.Location(related))}{Markup.Escape(related.Label is null ? string.Empty : $" ({related.Label})")}[/]");
        }

        console.MarkupLine($"  [green]fix:[/] {Markup.Escape(ReportText.Remediation(report, finding))}");
        console.MarkupLine($"  [grey]docs: {Markup.Escape(rule.HelpUri.ToString())}[/]");
        console.WriteLine();
    }

    /// <summary>Numbered source lines; a caret line under the primary span's first line.</summary>
    private static void WriteSnippet(IAnsiConsole console, Snippet snippet, SourceLocation location)
    {
        var width = (snippet.FirstLine + snippet.Lines.Count - 1).ToString(CultureInfo.InvariantCulture).Length;
        for (var i = 0; i < snippet.Lines.Count; i++)
        {
            var number = snippet.FirstLine + i;
            var isPrimary = number == location.Line;
            var gutter = $"  {(isPrimary ? ">" : " ")} {number.ToString(CultureInfo.InvariantCulture).PadLeft(width)} | ";
            console.Write(new Text(gutter + snippet.Lines[i], isPrimary ? new Style(decoration: Decoration.Bold) : Style.Plain));
            console.WriteLine();
            var (startColumn, endColumn) = snippet.MarkStartColumn > 0
                ? (snippet.MarkStartColumn, snippet.MarkEndColumn)
                : (location.Column, location.EndLine == location.Line ? location.EndColumn : 0);
            if (isPrimary && startColumn > 0)
            {
                var end = endColumn > startColumn ? endColumn : snippet.Lines[i].Length + 1;
                var carets = new string('^', Math.Max(1, end - startColumn));
                console.Write(new Text($"    {new string(' ', width)} | {new string(' ', startColumn - 1)}{carets}", new Style(Color.Red)));
                console.WriteLine();
            }
        }
    }

    private static Table SummaryTable(ScanReport report)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumn("Severity").AddColumn(new TableColumn("Findings").RightAligned());
        foreach (var severity in ReportText.SeveritiesWorstFirst)
        {
            table.AddRow(new Markup($"[{Colour(severity)}]{severity.ToName()}[/]"), new Text(report.Count(severity).ToString(CultureInfo.InvariantCulture)));
        }

        return table;
    }

    private static void WriteWarnings(IAnsiConsole console, ScanReport report)
    {
        foreach (var warning in report.Warnings)
        {
            console.MarkupLine($"[yellow]warning:[/] {Markup.Escape(warning.ToString())}");
        }

        foreach (var skipped in report.SkippedFiles)
        {
            console.MarkupLine($"[grey]skipped: {Markup.Escape(skipped.Path)} ({Markup.Escape(skipped.Detail)})[/]");
        }
    }

    private static string Colour(Severity severity) => severity switch
    {
        Severity.Critical => "bold red",
        Severity.High => "red",
        Severity.Medium => "yellow",
        Severity.Low => "blue",
        _ => "grey",
    };
}
