using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using Rampart.Core.Reports;
using Rampart.Reporting;
using Rampart.Reporting.Console;
using Rampart.Reporting.Html;
using Rampart.Reporting.Json;
using Rampart.Reporting.Markdown;
using Rampart.Reporting.Sarif;

namespace Rampart.Tests.Reporting;

/// <summary>Renders a report with one reporter into a string the tests can compare: '\n' line endings, no build version.</summary>
internal static class ReportRendering
{
    private const string VersionPlaceholder = "<rampart-assembly-version>";

    public static ConsoleStyle PlainConsole { get; } = new(UseColor: false, Width: 100);

    public static ConsoleStyle ColorConsole { get; } = new(UseColor: true, Width: 100);

    /// <summary>One reporter per format, built the way the tests need them (console without colour).</summary>
    public static IReadOnlyList<IReporter> Reporters { get; } =
        [new ConsoleReporter(PlainConsole), new JsonReporter(), new SarifReporter(), new MarkdownReporter(), new HtmlReporter()];

    private static readonly IReadOnlyDictionary<ReportFormat, string> Extensions = new Dictionary<ReportFormat, string>
    {
        [ReportFormat.Console] = "console.txt",
        [ReportFormat.Json] = "json",
        [ReportFormat.Sarif] = "sarif",
        [ReportFormat.Markdown] = "md",
        [ReportFormat.Html] = "html",
    };

    public static IReadOnlyList<ReportFormat> Formats { get; } = Enum.GetValues<ReportFormat>();

    public static string Render(ReportFormat format, ScanReport report) => Render(ReporterFor(format), report);

    public static string Render(IReporter reporter, ScanReport report)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        reporter.Write(report, writer);
        return ScrubAssemblyVersion(writer.ToString().ReplaceLineEndings("\n"));
    }

    public static IReporter ReporterFor(ReportFormat format) =>
        Reporters.SingleOrDefault(r => r.Format == format)
        ?? throw new InvalidOperationException($"The reporter tests have no reporter for {format}; add it to {nameof(Reporters)}.");

    public static string GoldenFileName(string reportName, ReportFormat format) =>
        Extensions.TryGetValue(format, out var extension)
            ? $"{reportName}.{extension}"
            : throw new InvalidOperationException($"No golden file extension for {format}; add one to {nameof(Extensions)}.");

    /// <summary>
    /// The sample reports carry a fixed tool version; should a reporter ever print the real assembly
    /// version instead, it is replaced so the goldens do not change with every build.
    /// </summary>
    private static string ScrubAssemblyVersion(string text)
    {
        var informational = typeof(IReporter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        if (string.IsNullOrEmpty(informational))
        {
            return text;
        }

        // Longest first, so "0.1.0+abc123" is replaced whole rather than leaving "+abc123" behind.
        foreach (var version in new[] { informational, informational.Split('+')[0] })
        {
            text = Regex.Replace(text, $@"(?<![\w.]){Regex.Escape(version)}(?![\w.])", VersionPlaceholder);
        }

        return text;
    }
}
