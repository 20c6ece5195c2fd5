namespace Rampart.Code.Analysis.Python.Checks;

/// <summary>
/// RMP-C024: request data that chooses the URL (the whole URL, or its scheme or host) of
/// <c>requests</c>, <c>httpx</c>, <c>urllib.request.urlopen</c>, <c>aiohttp</c> or a client/session built
/// from them. A request value in the path or query after a fixed <c>https://host/</c> base is not a finding.
/// </summary>
internal sealed class SsrfCheck : IPythonCheck
{
    private static readonly HashSet<string> Verbs = ["get", "post", "put", "patch", "delete", "head", "options", "request", "stream", "urlopen", "fetch", "send"];
    private static readonly string[] Libraries = ["requests", "httpx", "aiohttp", "urllib3", "urllib.request", "urllib2"];
    private static readonly string[] Clients = ["Session", "Client", "AsyncClient", "ClientSession", "PoolManager", "build_opener"];

    public void VisitCall(PyCallSite call, PyFlow flow)
    {
        var canonical = PyNames.Canonical(flow.File.Module, call.Callee);
        var isRequest = canonical is "urllib.request.urlopen" or "urllib.request.Request" or "urllib2.urlopen" or "urllib2.Request"
            || (Verbs.Contains(call.LastName) && (Libraries.Any(l => canonical == $"{l}.{call.LastName}") || IsClient(flow, call.Receiver)));
        if (!isRequest)
        {
            return;
        }

        var url = call.LastName is "request" || (call.LastName == "stream" && call.Positional.Count() > 1) ? call.Arg(1, "url") : call.Arg(0, "url");
        if (flow.Taint(url) is not { HostControlled: true } taint)
        {
            return;
        }

        flow.File.Report(CodeRules.ServerSideRequestForgery, call.Line, $"{taint.Display} decides the URL (host included) requested by `{call.Callee}(...)`", call.Callee, taint.Source, flow.Text(call.CalleeStart, call.Close + 1));
    }

    private static bool IsClient(PyFlow flow, string receiver)
    {
        if (receiver.Length == 0)
        {
            return false;
        }

        var constructor = receiver.EndsWith("()", StringComparison.Ordinal) ? receiver[..^2] : flow.ConstructedBy(receiver);
        if (constructor is null)
        {
            return false;
        }

        var canonical = PyNames.Canonical(flow.File.Module, constructor);
        return Libraries.Any(l => canonical.StartsWith(l + ".", StringComparison.Ordinal)) && Clients.Any(c => canonical.EndsWith("." + c, StringComparison.Ordinal));
    }
}
