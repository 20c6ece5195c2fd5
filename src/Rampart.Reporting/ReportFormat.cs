namespace Rampart.Reporting;

/// <summary>The output formats; each has exactly one reporter.</summary>
public enum ReportFormat
{
    Console,
    Json,
    Sarif,
    Markdown,
    Html,
}
