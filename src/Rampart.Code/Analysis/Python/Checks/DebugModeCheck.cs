using Rampart.Core.Findings;

namespace Rampart.Code.Analysis.Python.Checks;

/// <summary>
/// RMP-C040: Flask/SocketIO <c>run(debug=True)</c>, <c>FastAPI(debug=True)</c>/<c>Starlette(debug=True)</c>,
/// <c>app.debug = True</c>, <c>app.config["DEBUG"] = True</c>, and <c>DEBUG = True</c> in the production
/// settings module or a production config class. Nothing under a development-only condition.
/// <c>run(debug=True)</c> inside <c>if __name__ == "__main__":</c> only runs when the file is started as a
/// script (<c>python app.py</c>, which many containers do): still reported, at medium.
/// </summary>
internal sealed class DebugModeCheck : IPythonCheck
{
    public void VisitCall(PyCallSite call, PyFlow flow)
    {
        if (flow.InDevelopmentOnly || !call.KeywordIs(flow.Tokens, "debug", "True"))
        {
            return;
        }

        var canonical = PyNames.Canonical(flow.File.Module, call.Callee);
        if (call.LastName == "run" && call.Receiver.Length > 0 && !canonical.StartsWith("uvicorn", StringComparison.Ordinal) && !canonical.StartsWith("subprocess", StringComparison.Ordinal) && !canonical.StartsWith("asyncio", StringComparison.Ordinal))
        {
            var severity = flow.UnderMainGuard ? Severity.Medium : (Severity?)null;
            var where = flow.UnderMainGuard ? " (when the file is started as a script)" : "";
            flow.File.Report(CodeRules.DebugModeInProduction, call.Line, $"`{call.Callee}(debug=True)` starts the Werkzeug debugger{where}: an interactive Python console for anyone who triggers an error", call.Callee, null, flow.Text(call.CalleeStart, call.Close + 1), severity);
            return;
        }

        if (call.LastName is "FastAPI" or "Starlette" or "Quart" or "Sanic")
        {
            flow.File.Report(CodeRules.DebugModeInProduction, call.Line, $"`{call.Callee}(debug=True)` returns tracebacks to callers", call.Callee, null, flow.Text(call.CalleeStart, call.Close + 1));
        }
    }

    public void VisitAssignment(PyAssignmentSite assignment, PyFlow flow)
    {
        var isDebug = assignment.Name is "DEBUG" || (assignment.Name == "debug" && assignment.Owner.Length > 0 && !assignment.Owner.Contains("log", StringComparison.OrdinalIgnoreCase));
        if (!isDebug || !PyConfigContext.ValueIs(assignment, flow, "True") || !PyConfigContext.IsProduction(assignment, flow))
        {
            return;
        }

        flow.File.Report(CodeRules.DebugModeInProduction, assignment.Line, $"`{assignment.Target} = True` in production configuration: error pages show stack traces and settings", assignment.Target, null, assignment.Target);
    }
}
