using System.Text.RegularExpressions;
using Rampart.Code.Lexing.Python.Syntax;
using Rampart.Core.Findings;

namespace Rampart.Code.Analysis.Python.Checks;

/// <summary>
/// RMP-C011: PyJWT's <c>jwt.decode(..., options={"verify_exp": False})</c> (or <c>verify_nbf</c>,
/// <c>verify_iat</c>: lifetime, high; <c>verify_aud</c>, <c>verify_iss</c>: medium), with the options
/// written inline or bound to a name in the same function. Turning off the signature itself is RMP-C010.
/// Code under a development-only condition is not reported.
/// </summary>
internal sealed partial class JwtValidationDisabledCheck : IPythonCheck
{
    public void VisitCall(PyCallSite call, PyFlow flow)
    {
        if (flow.InDevelopmentOnly || PyNames.Canonical(flow.File.Module, call.Callee) is not ("jwt.decode" or "jwt.api_jwt.decode" or "jwt.PyJWT.decode" or "jose.jwt.decode")
            || call.Keyword("options") is not { } options)
        {
            return;
        }

        // options=LENIENT or options=opts: follow the name to the dict it was bound to (a couple of hops).
        var text = flow.Text(options);
        for (var hop = 0; hop < 3 && IsName(text) && flow.State.Value(text) is { } value; hop++)
        {
            text = PyExprParser.Text(value.Tokens, value.Start, value.End);
        }

        foreach (Match off in SwitchedOff().Matches(text))
        {
            var check = off.Groups["check"].Value;
            var lifetime = check is "exp" or "nbf" or "iat";
            var what = check switch
            {
                "exp" => "expired tokens are accepted",
                "nbf" => "tokens that are not valid yet are accepted",
                "iat" => "the issued-at time is not checked",
                "aud" => "tokens issued for another audience are accepted",
                _ => "tokens from any issuer are accepted",
            };
            flow.File.Report(CodeRules.JwtValidationDisabled, call.Line, $"`{call.Callee}(...)` with verify_{check} False: {what}", call.Callee, null, flow.Text(call.CalleeStart, call.Close + 1), lifetime ? Severity.High : Severity.Medium);
        }
    }

    private static bool IsName(string text) => text.Length > 0 && text.All(c => char.IsLetterOrDigit(c) || c == '_');

    [GeneratedRegex(@"verify_(?<check>exp|nbf|iat|aud|iss)[""']?\s*[:=]\s*False")]
    private static partial Regex SwitchedOff();
}
