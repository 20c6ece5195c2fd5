using System.Text.RegularExpressions;
using Rampart.Code.Analysis;

namespace Rampart.Code.Analysis.Python.Checks;

/// <summary>
/// RMP-C020: request data in the SQL text of DB-API <c>execute</c>/<c>executemany</c>, SQLAlchemy
/// <c>text()</c> / <c>exec_driver_sql</c>, Django <c>.raw()</c> / <c>.extra()</c> / <c>RawSQL</c>,
/// pandas <c>read_sql</c>. Parameters passed separately (<c>execute(sql, params)</c>) never reach the text.
/// </summary>
internal sealed partial class SqlInjectionCheck : IPythonCheck
{
    private static readonly HashSet<string> Executes = ["execute", "executemany", "executescript", "exec_driver_sql", "mogrify"];
    private static readonly HashSet<string> DatabaseWords = ["cursor", "cur", "conn", "connection", "db", "session", "engine", "database", "sqlite", "con", "c", "tx", "transaction", "pool"];

    public void VisitCall(PyCallSite call, PyFlow flow)
    {
        var canonical = PyNames.Canonical(flow.File.Module, call.Callee);
        var (sql, alwaysSql) = call.LastName switch
        {
            _ when Executes.Contains(call.LastName) && call.Receiver.Length > 0 => (new[] { call.Arg(0, "statement") ?? call.Keyword("sql") ?? call.Keyword("query") ?? call.Keyword("operation") }, IsDatabase(call, flow)),
            "text" when canonical.StartsWith("sqlalchemy", StringComparison.Ordinal) || canonical.StartsWith("sqlmodel", StringComparison.Ordinal) || call.Receiver is "sa" or "db" => ([call.Arg(0, "text")], true),
            "raw" when call.Receiver.Contains("objects", StringComparison.Ordinal) || call.Receiver.EndsWith("_manager", StringComparison.Ordinal) => ([call.Arg(0, "raw_query")], true),
            "RawSQL" => ([call.Arg(0, "sql")], true),
            "extra" when call.Receiver.Contains("objects", StringComparison.Ordinal) || call.Receiver.Contains("()", StringComparison.Ordinal) => (new[] { call.Keyword("where"), call.Keyword("select"), call.Keyword("tables"), call.Keyword("order_by") }, true),
            "read_sql" or "read_sql_query" => ([call.Arg(0, "sql")], true),
            _ => (Array.Empty<PyArgRange?>(), false),
        };

        foreach (var argument in sql.OfType<PyArgRange>())
        {
            if (flow.Taint(argument) is not { } taint || (!alwaysSql && !SqlText().IsMatch(taint.Literal)))
            {
                continue;
            }

            var how = taint.Built ? "built into" : "used as";
            flow.File.Report(CodeRules.SqlInjection, call.Line, $"{taint.Display} is {how} the SQL text passed to `{call.Callee}(...)`", call.Callee, taint.Source, flow.Text(call.CalleeStart, call.Close + 1));
            return;
        }
    }

    private static bool IsDatabase(PyCallSite call, PyFlow flow)
    {
        var receiver = call.Receiver.Replace("()", "", StringComparison.Ordinal);
        var last = receiver[(receiver.LastIndexOf('.') + 1)..];
        if (call.Receiver.EndsWith("cursor()", StringComparison.Ordinal) || SensitiveNames.Words(last).Any(DatabaseWords.Contains))
        {
            return true;
        }

        return flow.ConstructedBy(receiver) is { } constructor && (constructor.EndsWith("cursor", StringComparison.Ordinal) || constructor.EndsWith("connect", StringComparison.Ordinal) || constructor.Contains("Session", StringComparison.Ordinal) || constructor.EndsWith("create_engine", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"\b(select|insert|update|delete|where|from|into|values|order\s+by|group\s+by|drop|create|alter|truncate|limit)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SqlText();
}
