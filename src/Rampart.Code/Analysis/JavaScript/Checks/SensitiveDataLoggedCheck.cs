using Rampart.Code.Analysis;
using Rampart.Code.Lexing.JavaScript;
using Rampart.Core.Findings;
using Rampart.Core.Rules;

namespace Rampart.Code.Analysis.JavaScript.Checks;

/// <summary>
/// RMP-C030: a value whose name says password, secret, token, API key, authorization, cookie, card
/// number, CVV or SSN passed to a logger, by its last member (<c>user.password</c>), the header it reads
/// (<c>req.get('authorization')</c>), an object key (<c>{ token: t }</c>), or an object whose type has
/// such a field (<c>user</c> of a class/interface/schema with a <c>password</c>). Words inside the
/// message text never count, nor do <c>tokenCount</c>, <c>maxTokens</c>, <c>hasPassword</c>,
/// <c>password.length</c> or masked values (<c>mask(token)</c>, <c>token.slice(-4)</c>).
/// </summary>
internal sealed class SensitiveDataLoggedCheck : IJsCodeCheck
{
    private static readonly HashSet<string> MaskingWords = new(StringComparer.Ordinal) { "mask", "masked", "redact", "redacted", "obfuscate", "obfuscated", "truncate", "truncated", "hash", "hashed", "safe", "sanitize", "sanitized", "strip", "omit", "last4", "preview", "hint" };

    public Rule Rule => CodeRules.SensitiveDataLogged;

    public IEnumerable<Finding> Check(JsCodeFile file, JsCodeWorkspace workspace)
    {
        var s = file.Syntax;
        foreach (var call in file.Calls)
        {
            if (!JsLoggers.IsLoggerCall(file, call))
            {
                continue;
            }

            if (Sensitive(file, workspace, call) is { } found)
            {
                yield return JsFinding.At(Rule, file, call.Start, $"`{found.What}` ({found.Kind}) is written to the log by `{call.Callee}`; log an id or a masked value instead", call.Callee, found.What, call.Start, call.Close + 1);
            }
        }
    }

    private static (string What, string Kind)? Sensitive(JsCodeFile file, JsCodeWorkspace workspace, JsCall call)
    {
        var s = file.Syntax;
        foreach (var argument in call.Arguments)
        {
            foreach (var (start, end, name) in JsLoggers.Chains(s, argument.Start, argument.End))
            {
                if (file.Taint((start, end)) is { Whole: true } or { IsRequest: true })
                {
                    // The whole body, headers or request: RMP-C031.
                    continue;
                }

                var words = SensitiveNames.Words(name);
                if (words.Count == 0 || MaskingWords.Contains(words[0]))
                {
                    continue;
                }

                if (SensitiveNames.Classify(name) is { } kind)
                {
                    return (JsFinding.Code(file, start, end), kind);
                }

                if (end == start + 1 && workspace.SensitiveTypes.FieldOf(file, start) is { } typed)
                {
                    return (s[start].Text, $"a {typed.Type} with a {typed.Field} field");
                }
            }

            // { password: pw } / { 'x-api-key': key }: the key says what the value is.
            for (var i = argument.Start; i < argument.End; i++)
            {
                if ((s.IsIdentifier(i) || s[i].Kind == JsTokenKind.String) && s.Is(i + 1, ":") && s.Parent(i) >= 0 && s.Is(s.Parent(i), "{") && !s.Is(i - 1, "."))
                {
                    var key = s.IsIdentifier(i) ? s[i].Text : JsStrings.Value(s[i]);
                    var valueEnd = JsExpressions.End(s, i + 2);
                    if (SensitiveNames.Classify(key) is { } kind && !IsHarmlessValue(s, i + 2, valueEnd))
                    {
                        return (key, kind);
                    }
                }
            }
        }

        return null;
    }

    /// <summary>A literal, a boolean test, a length or a masking call: nothing secret reaches the log.</summary>
    private static bool IsHarmlessValue(JsSyntax s, int start, int end)
    {
        if (end <= start || end == start + 1 && (s[start].IsStringLiteral || s[start].Kind == JsTokenKind.Number || s[start].Text is "true" or "false" or "null" or "undefined"))
        {
            return true;
        }

        if (s[start].Text is "!" or "typeof" or "Boolean" or "Number" || s.Is(end - 1, "length"))
        {
            return true;
        }

        var first = SensitiveNames.Words(s[start].Text);
        return first.Count > 0 && MaskingWords.Contains(first[0]) || Enumerable.Range(start, end - start).Any(i => s[i].Text is "===" or "!==" or "==" or "!=" or "?" && s[i].Kind == JsTokenKind.Punctuator);
    }
}
