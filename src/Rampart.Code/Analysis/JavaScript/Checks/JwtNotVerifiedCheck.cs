using Rampart.Code.Lexing.JavaScript;
using Rampart.Core.Findings;
using Rampart.Core.Rules;

namespace Rampart.Code.Analysis.JavaScript.Checks;

/// <summary>
/// RMP-C010: a JWT read without checking its signature and then trusted: jsonwebtoken's
/// <c>jwt.decode</c> or jose's <c>decodeJwt</c> whose claims are used (compared, branched on, put on
/// <c>req.user</c>, returned, passed on), in a function that verifies nothing; and <c>jwt.verify</c>
/// with <c>'none'</c> among its algorithms. Reading only <c>exp/iat/nbf</c> or the header (to pick a
/// key by <c>kid</c> before verifying) is not a decision; neither is logging the payload.
/// </summary>
internal sealed class JwtNotVerifiedCheck : IJsCodeCheck
{
    private static readonly HashSet<string> HarmlessClaims = new(StringComparer.Ordinal) { "exp", "iat", "nbf", "header", "alg", "kid", "typ", "jti" };

    public Rule Rule => CodeRules.JwtNotVerified;

    public IEnumerable<Finding> Check(JsCodeFile file, JsCodeWorkspace workspace)
    {
        var s = file.Syntax;
        foreach (var call in file.Calls)
        {
            var kind = Kind(file, call);
            if (kind == "verify")
            {
                if (AllowsNone(file, call))
                {
                    yield return JsFinding.At(Rule, file, call.Start, $"`{call.Callee}` accepts the 'none' algorithm: a token without a signature is valid", call.Callee, null, call.Start, call.Close + 1);
                }

                continue;
            }

            if (kind != "decode" || call.Arguments.Count == 0 || VerifiesInFunction(file, call))
            {
                continue;
            }

            if (Decision(file, call) is { } use)
            {
                yield return JsFinding.At(Rule, file, call.Start, $"`{call.Callee}` reads the token without verifying its signature, and {use}; verify it with the key first", call.Callee, null, call.Start, call.Close + 1);
            }
        }
    }

    private static string? Kind(JsCodeFile file, JsCall call)
    {
        var (module, member) = file.Resolve(call);
        return (module, member) switch
        {
            ("jsonwebtoken", "decode") => "decode",
            ("jsonwebtoken", "verify") => "verify",
            ("jose", "decodeJwt") => "decode",
            (null, _) when call.Parts.Count == 2 && call.Parts[0] is "jwt" or "jsonwebtoken" && call.Name is "decode" or "verify" && !file.Module.Declarations.ContainsKey(call.Parts[0]) => call.Name,
            _ => null,
        };
    }

    private static bool AllowsNone(JsCodeFile file, JsCall call)
    {
        var s = file.Syntax;
        foreach (var argument in call.Arguments.Skip(2))
        {
            var open = JsObjectLiteral.At(file, argument);
            if (open >= 0 && JsObjectLiteral.Property(s, open, "algorithms") is { } algorithms)
            {
                for (var i = algorithms.Start; i < algorithms.End; i++)
                {
                    if (s[i].IsStringLiteral && JsStrings.Value(s[i]).Equals("none", StringComparison.OrdinalIgnoreCase))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>True when the function around the decode also verifies a token (decode first to read the kid, then verify).</summary>
    private static bool VerifiesInFunction(JsCodeFile file, JsCall decode)
    {
        var function = file.OuterFunctionAt(decode.Start);
        var (start, end) = function is null ? (0, file.Syntax.Count) : (function.Start, function.BodyEnd);
        return file.Calls.Any(c => c.Start >= start && c.Start < end && c != decode && c.Name.Contains("verify", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>How the decoded claims are used for a decision, for the message; null when they are not.</summary>
    private static string? Decision(JsCodeFile file, JsCall call)
    {
        var s = file.Syntax;
        var after = call.Close + 1;
        if ((s.Is(after, ".") || s.Is(after, "?.")) && s.IsIdentifier(after + 1))
        {
            return HarmlessClaims.Contains(s[after + 1].Text) ? null : $"its `{s[after + 1].Text}` claim is used directly";
        }

        // const payload = jwt.decode(token) / const { role } = jwt.decode(token) / payload = jwt.decode(token)
        var eq = s.Is(call.Start - 1, "await") ? call.Start - 2 : call.Start - 1;
        if (s.Is(eq, "=") && s.Is(eq - 2, ".") && s.IsIdentifier(eq - 1))
        {
            return $"the result is stored as `{s.TextOf(eq - 3 >= 0 && s.IsIdentifier(eq - 3) ? eq - 3 : eq - 1, eq)}`";
        }

        var names = BoundNames(s, call.Start);
        if (names.Count == 0 && s.Is(eq, "=") && s.Is(eq - 1, "}"))
        {
            // const { exp } = jwt.decode(token): only harmless claims are taken.
            return null;
        }

        if (names.Count == 0)
        {
            return s.Is(call.Start - 1, "return") || s.Is(call.Start - 1, "=") ? "the result is trusted as the caller's identity" : null;
        }

        var function = file.OuterFunctionAt(call.Start);
        var end = function?.BodyEnd ?? s.Count;
        var loggerArguments = file.Calls.Where(c => c.Start > call.Close && c.Start < end && JsLoggers.IsLoggerCall(file, c)).Select(c => (c.Open, c.Close)).ToList();
        for (var i = call.Close + 1; i < end; i++)
        {
            if (!s.IsIdentifier(i) || !names.Contains(s[i].Text) || s.Is(i - 1, ".") || s.Is(i - 1, "?.") || s.Is(i + 1, ":") || loggerArguments.Any(l => i > l.Open && i < l.Close))
            {
                continue;
            }

            var claim = (s.Is(i + 1, ".") || s.Is(i + 1, "?.")) && s.IsIdentifier(i + 2) ? s[i + 2].Text : null;
            if (claim is not null && HarmlessClaims.Contains(claim))
            {
                continue;
            }

            return claim is not null ? $"`{s[i].Text}.{claim}` is used at line {s[i].Line}" : $"`{s[i].Text}` is used at line {s[i].Line}";
        }

        return null;
    }

    private static HashSet<string> BoundNames(JsSyntax s, int callStart)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var eq = s.Is(callStart - 1, "await") ? callStart - 2 : callStart - 1;
        if (!s.Is(eq, "="))
        {
            return names;
        }

        if (s.IsIdentifier(eq - 1))
        {
            names.Add(s[eq - 1].Text);
        }
        else if (s.Is(eq - 1, "}") && s.Partner(eq - 1) is var open && open >= 0)
        {
            foreach (var (start, end) in s.Items(open))
            {
                if (s.IsIdentifier(end - 1) && !HarmlessClaims.Contains(s[start].Text))
                {
                    names.Add(s[end - 1].Text);
                }
            }
        }

        return names;
    }
}
