namespace Rampart.Code.Analysis.Python;

/// <summary>Calls that write to a log or the console: <c>logging.*</c>, any <c>logger</c>/<c>log</c> object (stdlib, structlog, loguru), <c>print</c>.</summary>
internal static class PyLoggers
{
    private static readonly HashSet<string> Methods = ["debug", "info", "warning", "warn", "error", "exception", "critical", "fatal", "log", "msg", "trace", "success"];
    private static readonly HashSet<string> LoggerWords = ["log", "logger", "logging", "structlog", "loguru", "syslog"];

    public static bool IsLogger(PyCallSite call, PythonFile file)
    {
        var canonical = PyNames.Canonical(file.Module, call.Callee);
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
        return PySensitiveNames.Words(last).Any(LoggerWords.Contains) || canonical.StartsWith("logging.", StringComparison.Ordinal) || receiver.EndsWith("get_logger", StringComparison.Ordinal) || receiver.EndsWith("getLogger", StringComparison.Ordinal);
    }
}
