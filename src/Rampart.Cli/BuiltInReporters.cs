using Rampart.Reporting;
using Rampart.Reporting.Console;
using Rampart.Reporting.Html;
using Rampart.Reporting.Json;
using Rampart.Reporting.Markdown;
using Rampart.Reporting.Sarif;

namespace Rampart.Cli;

/// <summary>The one explicit list of reporters, one per <see cref="ReportFormat"/>.</summary>
internal static class BuiltInReporters
{
    public static IReporter For(ReportFormat format, ConsoleStyle consoleStyle) => format switch
    {
        ReportFormat.Console => new ConsoleReporter(consoleStyle),
        ReportFormat.Json => new JsonReporter(),
        ReportFormat.Sarif => new SarifReporter(),
        ReportFormat.Markdown => new MarkdownReporter(),
        ReportFormat.Html => new HtmlReporter(),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "no reporter for this format"),
    };
}
