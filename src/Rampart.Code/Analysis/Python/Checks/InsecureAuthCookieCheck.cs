using Rampart.Code.Analysis;

namespace Rampart.Code.Analysis.Python.Checks;

/// <summary>
/// RMP-C015: <c>set_cookie</c>/<c>set_signed_cookie</c> (Flask, Starlette/FastAPI, Django) of a
/// session or token cookie without <c>httponly=True</c> and <c>secure=True</c> (all three default
/// to off), and <c>SESSION_COOKIE_SECURE</c>/<c>SESSION_COOKIE_HTTPONLY</c>/<c>CSRF_COOKIE_SECURE</c>/
/// <c>REMEMBER_COOKIE_*</c> set to False in production settings. A flag set from configuration is not
/// a finding; deleting a cookie (empty value, max_age=0) is not either.
/// </summary>
internal sealed class InsecureAuthCookieCheck : IPythonCheck
{
    private static readonly HashSet<string> AuthWords = ["session", "sessionid", "sid", "token", "jwt", "auth", "access", "refresh", "remember", "login", "csrftoken", "bearer", "identity"];
    private static readonly HashSet<string> Settings =
    [
        "SESSION_COOKIE_SECURE", "SESSION_COOKIE_HTTPONLY", "CSRF_COOKIE_SECURE", "REMEMBER_COOKIE_SECURE", "REMEMBER_COOKIE_HTTPONLY", "JWT_COOKIE_SECURE",
    ];

    public void VisitCall(PyCallSite call, PyFlow flow)
    {
        if (call.LastName is not ("set_cookie" or "set_signed_cookie") || call.Receiver.Length == 0 || call.Arg(0, "key") is not { } key)
        {
            return;
        }

        var name = flow.ConstantString(key.Start, key.End) ?? flow.Text(key);
        if (!SensitiveNames.Words(name).Any(AuthWords.Contains) || IsDeletion(call, flow))
        {
            return;
        }

        var missing = new List<string>();
        foreach (var flag in (string[])["httponly", "secure"])
        {
            if (call.Keyword(flag) is null || call.KeywordIs(flow.Tokens, flag, "False"))
            {
                missing.Add(flag);
            }
        }

        if (missing.Count == 0)
        {
            return;
        }

        flow.File.Report(CodeRules.InsecureAuthCookie, call.Line, $"cookie `{name}` is set by `{call.Callee}(...)` without {string.Join(" and ", missing.Select(m => m + "=True"))}", call.Callee, null, $"{call.Callee}({name})");
    }

    public void VisitAssignment(PyAssignmentSite assignment, PyFlow flow)
    {
        if (!Settings.Contains(assignment.Name) || !PyConfigContext.ValueIs(assignment, flow, "False") || !PyConfigContext.IsProduction(assignment, flow))
        {
            return;
        }

        flow.File.Report(CodeRules.InsecureAuthCookie, assignment.Line, $"`{assignment.Target} = False` in production configuration", assignment.Name, null, assignment.Target);
    }

    private static bool IsDeletion(PyCallSite call, PyFlow flow)
    {
        var value = call.Arg(1, "value");
        if (value is not null && PyTaintEvaluator.Literal(flow.Tokens, value.Start, value.End) is "")
        {
            return true;
        }

        return (call.Keyword("max_age") ?? call.Keyword("expires")) is { } age && age.End - age.Start == 1 && flow.Tokens[age.Start].Text == "0";
    }
}
