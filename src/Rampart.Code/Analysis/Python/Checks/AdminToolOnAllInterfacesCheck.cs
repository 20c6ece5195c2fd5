namespace Rampart.Code.Analysis.Python.Checks;

/// <summary>
/// RMP-C045: a development server bound to every interface: Flask/SocketIO <c>run(host="0.0.0.0", debug=True)</c>
/// and <c>uvicorn.run(..., host="0.0.0.0", reload=True)</c>. A production server on 0.0.0.0 without
/// debug or reload is how containers listen and is not a finding.
/// </summary>
internal sealed class AdminToolOnAllInterfacesCheck : IPythonCheck
{
    public void VisitCall(PyCallSite call, PyFlow flow)
    {
        if (call.LastName != "run" || call.Receiver.Length == 0 || flow.InDevelopmentOnly)
        {
            return;
        }

        var canonical = PyNames.Canonical(flow.File.Module, call.Callee);
        var isUvicorn = canonical == "uvicorn.run";
        var tool = isUvicorn ? (call.KeywordIs(flow.Tokens, "reload", "True") ? "reload=True" : null) : (call.KeywordIs(flow.Tokens, "debug", "True") ? "debug=True" : null);
        var host = isUvicorn || canonical.EndsWith("socketio.run", StringComparison.Ordinal) || call.Receiver == "socketio" ? call.Keyword("host") : call.Arg(0, "host");
        if (tool is null || host is null || flow.ConstantString(host.Start, host.End) is not ("0.0.0.0" or "::" or "[::]"))
        {
            return;
        }

        flow.File.Report(CodeRules.AdminToolOnAllInterfaces, call.Line, $"`{call.Callee}(host=\"{flow.ConstantString(host.Start, host.End)}\", {tool})` exposes a development server on every network interface", call.Callee, null, flow.Text(call.CalleeStart, call.Close + 1));
    }
}
