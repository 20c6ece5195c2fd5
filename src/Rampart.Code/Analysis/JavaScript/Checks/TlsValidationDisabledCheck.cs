using Rampart.Code.Analysis;
using Rampart.Code.Lexing.JavaScript;
using Rampart.Core.Findings;
using Rampart.Core.Rules;

namespace Rampart.Code.Analysis.JavaScript.Checks;

/// <summary>
/// RMP-C042: certificate validation switched off: <c>rejectUnauthorized: false</c> (https.Agent, tls,
/// axios/got/pg/mysql/redis options), <c>strictSSL: false</c> (request), a <c>checkServerIdentity</c>
/// that accepts everything, <c>process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0'</c>, and
/// <c>NODE_TLS_REJECT_UNAUTHORIZED=0</c> in an npm script other than dev/test ones.
/// </summary>
internal sealed class TlsValidationDisabledCheck : IJsCodeCheck
{
    public Rule Rule => CodeRules.TlsValidationDisabled;

    public IEnumerable<Finding> Check(JsCodeFile file, JsCodeWorkspace workspace)
    {
        var s = file.Syntax;
        foreach (var (keyIndex, valueStart, valueEnd, _) in JsObjectLiteral.Keyed(s, "rejectUnauthorized", "strictSSL", "checkServerIdentity"))
        {
            var key = s.IsIdentifier(keyIndex) ? s[keyIndex].Text : JsStrings.Value(s[keyIndex]);
            var disabled = key == "checkServerIdentity" ? AcceptsAll(s, valueStart, valueEnd) : JsObjectLiteral.Is(s, (valueStart, valueEnd), "false");
            if (!disabled || JsDevGuard.IsGuarded(file, keyIndex))
            {
                continue;
            }

            yield return JsFinding.At(Rule, file, keyIndex, $"`{JsFinding.Code(file, keyIndex, valueEnd)}` turns off TLS certificate validation: anyone on the network path can read and change the traffic", key, null, keyIndex, valueEnd);
        }

        for (var i = 0; i + 6 < s.Count; i++)
        {
            var isEnv = s.DottedNameAt(i, i + 5) == "process.env.NODE_TLS_REJECT_UNAUTHORIZED" && s.Is(i + 5, "=") && (s.StringAt(i + 6, i + 7) == "0" || s.Is(i + 6, "0"));
            var isIndexed = s.DottedNameAt(i, i + 3) == "process.env" && s.Is(i + 3, "[") && s.StringAt(i + 4, i + 5) == "NODE_TLS_REJECT_UNAUTHORIZED" && s.Is(i + 6, "=") && (s.StringAt(i + 7, i + 8) == "0" || s.Is(i + 7, "0"));
            if ((isEnv || isIndexed) && !s.Is(i - 1, ".") && !JsDevGuard.IsGuarded(file, i))
            {
                yield return JsFinding.At(Rule, file, i, "NODE_TLS_REJECT_UNAUTHORIZED is set to 0: every HTTPS connection of the process accepts any certificate", "NODE_TLS_REJECT_UNAUTHORIZED", null, i, i + 8);
            }
        }
    }

    public IEnumerable<Finding> CheckManifest(JsManifest manifest)
    {
        foreach (var (name, command, line) in manifest.Scripts)
        {
            var devScript = SensitiveNames.Words(name).Any(w => w is "dev" or "test" or "e2e" or "local" or "storybook" or "debug");
            if (!devScript && (command.Contains("NODE_TLS_REJECT_UNAUTHORIZED=0", StringComparison.Ordinal) || command.Contains("NODE_TLS_REJECT_UNAUTHORIZED='0'", StringComparison.Ordinal)))
            {
                yield return CodeFinding.Create(CodeRules.TlsValidationDisabled, new SourceLocation(manifest.Path, line), $"the npm script '{name}' runs with NODE_TLS_REJECT_UNAUTHORIZED=0: every HTTPS connection accepts any certificate", "NODE_TLS_REJECT_UNAUTHORIZED", null, name + ": " + command);
            }
        }
    }

    /// <summary><c>() =&gt; undefined</c>, <c>() =&gt; {}</c>, <c>() =&gt; null</c>: no identity check at all.</summary>
    private static bool AcceptsAll(JsSyntax s, int start, int end)
    {
        if (JsExpressions.FunctionAt(s, start) is not { } function)
        {
            return false;
        }

        var body = s.TextOf(function.BodyStart, function.BodyEnd).Replace(" ", "", StringComparison.Ordinal);
        return body is "undefined" or "null" or "{}" or "{returnundefined;}" or "{returnnull;}" or "{return;}";
    }
}
