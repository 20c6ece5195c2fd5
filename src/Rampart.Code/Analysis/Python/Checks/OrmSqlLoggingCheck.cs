using Rampart.Code.Lexing.Python;

namespace Rampart.Code.Analysis.Python.Checks;

/// <summary>
/// RMP-C033: SQLAlchemy/SQLModel <c>create_engine(..., echo=True)</c> (or <c>"debug"</c>), Flask-SQLAlchemy
/// <c>SQLALCHEMY_ECHO = True</c>, the <c>sqlalchemy.engine</c> / <c>django.db.backends</c> loggers set to
/// INFO/DEBUG in code, and Django <c>LOGGING</c> with <c>django.db.backends</c> at DEBUG in production
/// settings. Not under a development-only condition; <c>echo=settings.DEBUG</c> is not a finding.
/// </summary>
internal sealed class OrmSqlLoggingCheck : IPythonCheck
{
    public void VisitCall(PyCallSite call, PyFlow flow)
    {
        if (flow.InDevelopmentOnly)
        {
            return;
        }

        if (call.LastName is "create_engine" or "create_async_engine" && call.Keyword("echo") is { } echo
            && (call.KeywordIs(flow.Tokens, "echo", "True") || flow.ConstantString(echo.Start, echo.End) == "debug"))
        {
            flow.File.Report(CodeRules.OrmSqlLogging, call.Line, $"`{call.Callee}(..., echo={flow.Text(echo)})` logs every SQL statement with its parameters", call.Callee, null, flow.Text(call.CalleeStart, call.Close + 1));
            return;
        }

        if (call.LastName == "setLevel" && call.Arg(0) is { } level && flow.Text(level) is var levelText && (levelText.EndsWith("DEBUG", StringComparison.Ordinal) || levelText.EndsWith("INFO", StringComparison.Ordinal))
            && call.ReceiverEnd > 0 && flow.Text(call.CalleeStart, call.ReceiverEnd) is var receiver
            && (receiver.Contains("\"sqlalchemy.engine\"", StringComparison.Ordinal) || receiver.Contains("\"django.db.backends\"", StringComparison.Ordinal) || ReceiverLogger(flow, call) is "sqlalchemy.engine" or "django.db.backends"))
        {
            flow.File.Report(CodeRules.OrmSqlLogging, call.Line, $"the SQL logger is set to {levelText[(levelText.LastIndexOf('.') + 1)..]}: every statement is logged with its parameters", call.Callee, null, flow.Text(call.CalleeStart, call.Close + 1));
        }
    }

    public void VisitAssignment(PyAssignmentSite assignment, PyFlow flow)
    {
        if (assignment.Name == "SQLALCHEMY_ECHO" && PyConfigContext.ValueIs(assignment, flow, "True") && PyConfigContext.IsProduction(assignment, flow))
        {
            flow.File.Report(CodeRules.OrmSqlLogging, assignment.Line, $"`{assignment.Target} = True` logs every SQL statement with its parameters", assignment.Target, null, assignment.Target);
            return;
        }

        if (assignment.Target == "LOGGING" && flow.AtModuleLevel && flow.File.IsProductionSettings && !flow.InDevelopmentOnly)
        {
            DjangoLogging(assignment, flow);
        }
    }

    /// <summary>The <c>"django.db.backends": {..."level": "DEBUG"...}</c> entry of a LOGGING dict.</summary>
    private static void DjangoLogging(PyAssignmentSite assignment, PyFlow flow)
    {
        var tokens = flow.Tokens;
        for (var i = assignment.ValueStart; i + 2 < assignment.ValueEnd; i++)
        {
            if (tokens[i].Kind != PythonTokenKind.String || tokens[i].Value != "django.db.backends" || !tokens[i + 1].Is(":") || !tokens[i + 2].Is("{"))
            {
                continue;
            }

            var close = tokens.Match(i + 2);
            for (var j = i + 3; j + 2 < close; j++)
            {
                if (tokens[j].Kind == PythonTokenKind.String && tokens[j].Value == "level" && tokens[j + 1].Is(":") && tokens[j + 2].Kind == PythonTokenKind.String && tokens[j + 2].Value == "DEBUG")
                {
                    flow.File.Report(CodeRules.OrmSqlLogging, tokens[i].Line, "LOGGING sets `django.db.backends` to DEBUG: every SQL statement is logged with its parameters", "django.db.backends", null, "LOGGING django.db.backends DEBUG");
                    return;
                }
            }
        }
    }

    /// <summary>The logger name of <c>log.setLevel(...)</c> when <c>log = logging.getLogger("name")</c> in this function.</summary>
    private static string? ReceiverLogger(PyFlow flow, PyCallSite call)
    {
        if (flow.State.Value(call.Receiver) is not { } value || !ReferenceEquals(value.Tokens, flow.Tokens))
        {
            return null;
        }

        var calls = PyCallScanner.Calls(flow.Tokens, value.Start, value.End);
        return calls.FirstOrDefault(c => c.LastName == "getLogger") is { } getLogger && getLogger.Arg(0) is { } name ? flow.ConstantString(name.Start, name.End) : null;
    }
}
