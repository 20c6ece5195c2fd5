using Rampart.Core.Reports;

namespace Rampart.Reporting;

/// <summary>Writes a scan report in one format. Reporters see only the report, never detectors.</summary>
public interface IReporter
{
    ReportFormat Format { get; }

    void Write(ScanReport report, TextWriter writer);
}
