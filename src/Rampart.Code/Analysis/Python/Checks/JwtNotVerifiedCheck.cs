using System.Text.RegularExpressions;
using Rampart.Code.Lexing.Python.Syntax;

namespace Rampart.Code.Analysis.Python.Checks;

/// <summary>
/// RMP-C010: PyJWT / python-jose <c>jwt.decode</c> with <c>options={"verify_signature": False}</c>,
/// <c>verify=False</c> (PyJWT 1.x) or an <c>algorithms</c> list holding <c>"none"</c>, and python-jose's
/// <c>jwt.get_unverified_claims</c>. Not a finding when the same function also verifies the token
/// with a key (reading the <c>kid</c> or issuer first to pick the key is normal).
/// </summary>
internal sealed partial class JwtNotVerifiedCheck : IPythonCheck
{
    public void VisitCall(PyCallSite call, PyFlow flow)
    {
        if (Problem(call, flow) is not { } problem || VerifiedElsewhere(call, flow))
        {
            return;
        }

        flow.File.Report(CodeRules.JwtNotVerified, call.Line, $"`{call.Callee}(...)` {problem}: its claims are read without checking the signature", call.Callee, null, flow.Text(call.CalleeStart, call.Close + 1));
    }

    private static string? Problem(PyCallSite call, PyFlow flow)
    {
        var canonical = PyNames.Canonical(flow.File.Module, call.Callee);
        if (canonical is "jose.jwt.get_unverified_claims" or "jwt.get_unverified_claims")
        {
            return "returns unverified claims";
        }

        if (!IsDecode(canonical))
        {
            return null;
        }

        if (call.KeywordIs(flow.Tokens, "verify", "False"))
        {
            return "with verify=False";
        }

        if (call.Keyword("options") is { } options && DisablesSignature(flow, options))
        {
            return "with verify_signature False";
        }

        if (call.Keyword("algorithms") is { } algorithms && flow.Text(algorithms).Contains("\"none\"", StringComparison.OrdinalIgnoreCase))
        {
            return "accepting the \"none\" algorithm";
        }

        return null;
    }

    private static bool IsDecode(string canonical) => canonical is "jwt.decode" or "jose.jwt.decode" or "jwt.api_jwt.decode" or "jwt.PyJWT.decode";

    private static bool DisablesSignature(PyFlow flow, PyArgRange options)
    {
        var text = flow.Text(options);
        if (flow.Tokens[options.Start].Kind == Lexing.Python.PythonTokenKind.Name && options.End - options.Start == 1 && flow.State.Value(text) is { } value)
        {
            text = PyExprParser.Text(value.Tokens, value.Start, value.End);
        }

        return SignatureOff().IsMatch(text);
    }

    /// <summary>Another decode of the same function that verifies (a key and no disabled check).</summary>
    private static bool VerifiedElsewhere(PyCallSite call, PyFlow flow)
    {
        if (flow.Function is not { } function)
        {
            return false;
        }

        return PyCallScanner.Calls(flow.Tokens, function.Statement.End, function.BodyEnd).Any(other => other.Open != call.Open && IsDecode(PyNames.Canonical(flow.File.Module, other.Callee))
            && other.Arg(1, "key") is not null && Problem(other, flow) is null);
    }

    [GeneratedRegex(@"verify_signature[""']?\s*[:=]\s*False")]
    private static partial Regex SignatureOff();
}
