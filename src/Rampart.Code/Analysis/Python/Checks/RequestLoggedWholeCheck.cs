namespace Rampart.Code.Analysis.Python.Checks;

/// <summary>
/// RMP-C031: the whole request body, form, headers or cookies (<c>request.json</c>, <c>request.get_json()</c>,
/// <c>request.data</c>, <c>request.POST</c>, <c>await request.json()</c>, <c>request.headers</c>, <c>request.META</c>,
/// <c>request.cookies</c>, or a name holding one) passed to a logger or <c>print</c>. A field taken out
/// of it (<c>request.json["email"]</c>) is not the whole request.
/// </summary>
internal sealed class RequestLoggedWholeCheck : IPythonCheck
{
    public void VisitCall(PyCallSite call, PyFlow flow)
    {
        if (!PyLoggers.IsLogger(call, flow))
        {
            return;
        }

        foreach (var argument in call.Arguments.Where(a => a.Name is null or not ("exc_info" or "stack_info" or "stacklevel" or "sep" or "end" or "file" or "flush")))
        {
            if (flow.Taint(argument) is { } taint && PyRequestSources.IsLoggedWholeKind(taint.Whole))
            {
                flow.File.Report(CodeRules.RequestLoggedWhole, call.Line, $"the whole request {taint.Whole} ({taint.Display}) is written by `{call.Callee}(...)`", call.Callee, taint.Source, flow.Text(call.CalleeStart, call.Close + 1));
                return;
            }
        }
    }
}
