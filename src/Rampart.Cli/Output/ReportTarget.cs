using Rampart.Reporting;

namespace Rampart.Cli.Output;

/// <summary>One report to write: a format, and a file or (when <see cref="File"/> is null) standard output.</summary>
internal sealed record ReportTarget(ReportFormat Format, string? File);
