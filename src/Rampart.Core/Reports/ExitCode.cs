namespace Rampart.Core.Reports;

/// <summary>The process exit codes, documented in the README.</summary>
public static class ExitCode
{
    public const int Passed = 0;
    public const int FindingsAtOrAboveThreshold = 1;
    public const int UsageOrConfigError = 2;
    public const int ScanIncomplete = 3;

    /// <summary>A failed gate wins over an incomplete scan: the gate failed on what was seen already.</summary>
    /// <param name="allowIncomplete">When true (<c>--allow-incomplete</c>), an incomplete scan exits on the gate alone.</param>
    public static int For(ScanReport report, bool allowIncomplete = false) =>
        !report.Gate.Passed ? FindingsAtOrAboveThreshold
        : report.Incomplete && !allowIncomplete ? ScanIncomplete
        : Passed;
}
