using Rampart.Code.Analysis;

namespace Rampart.Code.Analysis.Python;

/// <summary>Calls that write to a log or the console: <c>logging.*</c>, any <c>logger</c>/<c>log</c> object (stdlib, structlog, loguru), <c>print</c>.</summary>
internal static class PyLoggers
{
    private static readonly HashSet<string> Methods = ["debug", "info", "warning", "warn", "error", "exception", "critical", "fatal", "log", "msg", "trace", "success"];
    private static readonly HashSet<string> LoggerWords = ["log", "logger", "logging", "structlog", "loguru", "syslog"];

    public static bool IsLogger(PyCallSite call, PyFlow flow)
    {
        var canonical = PyNames.Canonical(flow.File.Module, call.Callee);
        if (canonical is "print" or "pprint" or "pprint.pprint" or "click.echo" or "typer.echo" or "sys.stdout.write" or "sys.stderr.write")
        {
            return true;
        }

        if (!Methods.Contains(call.LastName) || call.Receiver.Length == 0)
        {
            return false;
        }

        var receiver = call.Receiver.Replace("()", "", StringComparison.Ordinal);
        var last = receiver[(receiver.LastIndexOf('.') + 1)..];
        return SensitiveNames.Words(last).Any(LoggerWords.Contains) || canonical.StartsWith("logging.", StringComparison.Ordinal) || IsLoggerFactory(receiver)
            || (flow.ConstructedBy(receiver) is { } constructor && IsLoggerFactory(constructor));
    }

    private static bool IsLoggerFactory(string name) =>
        name.EndsWith("get_logger", StringComparison.Ordinal) || name.EndsWith("getLogger", StringComparison.Ordinal) || name.EndsWith("getChild", StringComparison.Ordinal);
}
