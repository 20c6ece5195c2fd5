using Rampart.Code.Lexing.JavaScript;
using Rampart.Core.Findings;
using Rampart.Core.Rules;

namespace Rampart.Code.Analysis.JavaScript.Checks;

/// <summary>
/// RMP-C041: CORS that lets any website call the API as the signed-in user: <c>credentials: true</c>
/// with <c>origin: true</c>, a regex matching everything, or an origin callback that always allows
/// (<c>(origin, cb) =&gt; cb(null, true)</c>), in <c>cors()</c>, <c>app.enableCors()</c>, NestFactory's
/// <c>cors</c> option or @fastify/cors; and the request's Origin copied into
/// Access-Control-Allow-Origin next to Access-Control-Allow-Credentials: true, without an allow-list
/// check. <c>origin: '*'</c> is not reported: the cors package then sends a literal <c>*</c>, and
/// browsers refuse credentialed responses with it.
/// </summary>
internal sealed class PermissiveCorsCheck : IJsCodeCheck
{
    private static readonly string[] Conditionals = ["if", "?", "includes", "indexOf", "test", "match", "some", "find", "has", "startsWith", "endsWith", "===", "=="];

    public Rule Rule => CodeRules.PermissiveCors;

    public IEnumerable<Finding> Check(JsCodeFile file, JsCodeWorkspace workspace)
    {
        var s = file.Syntax;
        foreach (var (keyIndex, valueStart, valueEnd, open) in JsObjectLiteral.Keyed(s, "origin"))
        {
            if (!JsObjectLiteral.Is(s, JsObjectLiteral.Property(s, open, "credentials"), "true") || !AllowsAny(s, valueStart, valueEnd) || JsDevGuard.IsGuarded(file, keyIndex))
            {
                continue;
            }

            yield return JsFinding.At(Rule, file, keyIndex, $"CORS allows every origin (`origin: {JsFinding.Code(file, valueStart, valueEnd)}`) together with credentials: any website can call the API as the signed-in user", "cors", null, keyIndex, valueEnd);
        }

        foreach (var finding in ReflectedOrigins(file))
        {
            yield return finding;
        }
    }

    private static bool AllowsAny(JsSyntax s, int start, int end)
    {
        if (JsObjectLiteral.Is(s, (start, end), "true") || end == start + 1 && s[start].Kind == JsTokenKind.Regex && s[start].Text is "/.*/" or "/.+/" or "/^.*$/")
        {
            return true;
        }

        // (origin, callback) => callback(null, true) with no check in between.
        if (JsExpressions.FunctionAt(s, start) is { } function && function.BodyEnd <= end)
        {
            var text = s.TextOf(function.BodyStart, function.BodyEnd);
            var allows = text.Contains("null, true)", StringComparison.Ordinal) || function.Parameters.Count > 0 && function.Parameters[0].Length > 0 && text.Trim('{', '}', ' ', ';').Replace("return ", "", StringComparison.Ordinal).Trim() == function.Parameters[0];
            return allows && !Enumerable.Range(function.BodyStart, function.BodyEnd - function.BodyStart).Any(i => Conditionals.Contains(s[i].Text));
        }

        return false;
    }

    /// <summary>Access-Control-Allow-Origin set from the request (not allow-listed) where Access-Control-Allow-Credentials is 'true'.</summary>
    private IEnumerable<Finding> ReflectedOrigins(JsCodeFile file)
    {
        var s = file.Syntax;
        for (var i = 0; i + 2 < s.Count; i++)
        {
            if (!s[i].IsStringLiteral || !JsStrings.Value(s[i]).Equals("Access-Control-Allow-Origin", StringComparison.OrdinalIgnoreCase) || !(s.Is(i + 1, ",") || s.Is(i + 1, ":")))
            {
                continue;
            }

            var valueEnd = JsExpressions.End(s, i + 2);
            var function = file.OuterFunctionAt(i);
            var (start, end) = function is null ? (0, s.Count) : (function.Start, function.BodyEnd);
            if (file.Taint((i + 2, valueEnd)) is not { } taint || !SetsCredentials(s, start, end) || JsDevGuard.IsGuarded(file, i))
            {
                continue;
            }

            yield return JsFinding.At(Rule, file, i, $"the request's `{taint.Source}` is copied into Access-Control-Allow-Origin with credentials allowed: any website can call the API as the signed-in user; check it against an allow-list", "Access-Control-Allow-Origin", taint.Source, i, valueEnd);
        }
    }

    private static bool SetsCredentials(JsSyntax s, int start, int end)
    {
        for (var i = start; i + 2 < end; i++)
        {
            if (s[i].IsStringLiteral && JsStrings.Value(s[i]).Equals("Access-Control-Allow-Credentials", StringComparison.OrdinalIgnoreCase) && (s[i + 2].Text == "true" || s[i + 2].IsStringLiteral && JsStrings.Value(s[i + 2]) == "true"))
            {
                return true;
            }
        }

        return false;
    }
}
