namespace Rampart.Code.Analysis.Python.Checks;

/// <summary>
/// RMP-C042: <c>verify=False</c> on requests/httpx/boto3 and any other client call,
/// <c>verify_certs=False</c>/<c>verify_ssl=False</c>, aiohttp <c>ssl=False</c>,
/// <c>tlsAllowInvalidCertificates=True</c>, <c>cert_reqs=ssl.CERT_NONE</c>, <c>ssl._create_unverified_context()</c>,
/// <c>ctx.verify_mode = ssl.CERT_NONE</c> and <c>session.verify = False</c>. PyJWT's <c>verify=False</c> is RMP-C010's.
/// </summary>
internal sealed class TlsValidationCheck : IPythonCheck
{
    public void VisitCall(PyCallSite call, PyFlow flow)
    {
        if (flow.InDevelopmentOnly)
        {
            return;
        }

        var canonical = PyNames.Canonical(flow.File.Module, call.Callee);
        string? what = null;
        if (canonical is "ssl._create_unverified_context" or "ssl._create_stdlib_context")
        {
            what = $"`{call.Callee}()` builds a context that accepts any certificate";
        }
        else if (!canonical.Contains("jwt", StringComparison.OrdinalIgnoreCase) && call.LastName != "decode" && call.KeywordIs(flow.Tokens, "verify", "False"))
        {
            what = $"`{call.Callee}(..., verify=False)` accepts any certificate";
        }
        else if (call.KeywordIs(flow.Tokens, "verify_certs", "False") || call.KeywordIs(flow.Tokens, "verify_ssl", "False"))
        {
            what = $"`{call.Callee}(...)` turns certificate verification off";
        }
        else if (call.KeywordIs(flow.Tokens, "tlsAllowInvalidCertificates", "True") || call.KeywordIs(flow.Tokens, "tlsInsecure", "True"))
        {
            what = $"`{call.Callee}(...)` accepts invalid certificates";
        }
        else if (call.KeywordIs(flow.Tokens, "ssl", "False") && (canonical.StartsWith("aiohttp", StringComparison.Ordinal) || IsAiohttpSession(flow, call)))
        {
            what = $"`{call.Callee}(..., ssl=False)` skips certificate verification";
        }
        else if (call.Keyword("cert_reqs") is { } reqs && flow.Text(reqs).Contains("CERT_NONE", StringComparison.Ordinal))
        {
            what = $"`{call.Callee}(..., cert_reqs=CERT_NONE)` accepts any certificate";
        }

        if (what is not null)
        {
            flow.File.Report(CodeRules.TlsValidationDisabled, call.Line, what, call.Callee, null, flow.Text(call.CalleeStart, call.Close + 1));
        }
    }

    public void VisitAssignment(PyAssignmentSite assignment, PyFlow flow)
    {
        if (flow.InDevelopmentOnly)
        {
            return;
        }

        var value = flow.Text(assignment.ValueStart, assignment.ValueEnd);
        var disabled = (assignment.Name == "verify_mode" && value.EndsWith("CERT_NONE", StringComparison.Ordinal))
            || (assignment.Name == "verify" && assignment.Owner.Length > 0 && PyConfigContext.ValueIs(assignment, flow, "False"))
            || (assignment.Target == "ssl._create_default_https_context" && value.EndsWith("_create_unverified_context", StringComparison.Ordinal));
        if (disabled)
        {
            flow.File.Report(CodeRules.TlsValidationDisabled, assignment.Line, $"`{assignment.Target} = {value}` switches certificate verification off", assignment.Target, null, $"{assignment.Target}={value}");
        }
    }

    private static bool IsAiohttpSession(PyFlow flow, PyCallSite call) =>
        call.Receiver.Length > 0 && flow.ConstructedBy(call.Receiver) is { } constructor && PyNames.Canonical(flow.File.Module, constructor).StartsWith("aiohttp", StringComparison.Ordinal);
}
