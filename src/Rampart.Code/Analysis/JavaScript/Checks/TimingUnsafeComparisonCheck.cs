using Rampart.Code.Analysis;
using Rampart.Code.Lexing.JavaScript;
using Rampart.Core.Findings;
using Rampart.Core.Rules;

namespace Rampart.Code.Analysis.JavaScript.Checks;

/// <summary>
/// RMP-C013: <c>===</c>, <c>==</c>, <c>!==</c> or <c>!=</c> between request data and a secret
/// (an API key, token, signature, HMAC digest or password by its name): <c>req.headers['x-api-key'] !== process.env.API_KEY</c>,
/// <c>signature === expected</c>. Comparisons with a literal, <c>null</c>/<c>undefined</c>, a
/// <c>typeof</c> or a length, and comparisons of two values that are not from the request, are not findings.
/// </summary>
internal sealed class TimingUnsafeComparisonCheck : IJsCodeCheck
{
    private static readonly HashSet<string> Stops = new(StringComparer.Ordinal)
    {
        "&&", "||", "??", "?", ":", ",", ";", "=", "return", "if", "=>", "!", "(", "[", "{", "==", "===", "!=", "!==", "throw", "case", "+=",
    };

    public Rule Rule => CodeRules.TimingUnsafeComparison;

    public IEnumerable<Finding> Check(JsCodeFile file, JsCodeWorkspace workspace)
    {
        var s = file.Syntax;
        for (var i = 1; i < s.Count - 1; i++)
        {
            if (s[i].Kind != JsTokenKind.Punctuator || s[i].Text is not ("===" or "==" or "!==" or "!="))
            {
                continue;
            }

            var left = (Start: OperandStart(s, i), End: i);
            var right = (Start: i + 1, End: OperandEnd(s, i + 1));
            if (left.Start >= left.End || right.Start >= right.End || IsConstant(s, left) || IsConstant(s, right))
            {
                continue;
            }

            var leftSecret = SecretName(s, left);
            var rightSecret = SecretName(s, right);
            if (leftSecret is null && rightSecret is null)
            {
                continue;
            }

            var taint = file.Taint(left) ?? file.Taint(right);
            if (taint is null && !(IsDigest(s, left) || IsDigest(s, right)))
            {
                continue;
            }

            var what = JsFinding.Code(file, left.Start, left.End) + " " + s[i].Text + " " + JsFinding.Code(file, right.Start, right.End);
            yield return JsFinding.At(Rule, file, left.Start, $"the {leftSecret ?? rightSecret} is compared with `{s[i].Text}` (`{what}`), which leaks timing; use crypto.timingSafeEqual", s[i].Text, taint?.Source, left.Start, right.End);
        }
    }

    private static int OperandStart(JsSyntax s, int op)
    {
        var j = op - 1;
        while (j >= 0)
        {
            if (s.Partner(j) >= 0 && s.Partner(j) < j)
            {
                j = s.Partner(j) - 1;
                continue;
            }

            if (Stops.Contains(s[j].Text) && s[j].Kind is JsTokenKind.Punctuator or JsTokenKind.Identifier && !(s[j].Text == "(" && s.Partner(j) > op))
            {
                break;
            }

            if (s[j].Text is "(" or "[" or "{")
            {
                break;
            }

            j--;
        }

        return j + 1;
    }

    private static int OperandEnd(JsSyntax s, int start)
    {
        var j = start;
        while (j < s.Count)
        {
            if (s.Partner(j) > j)
            {
                j = s.Partner(j) + 1;
                continue;
            }

            if (Stops.Contains(s[j].Text) && s[j].Kind is JsTokenKind.Punctuator or JsTokenKind.Identifier || s[j].Text is ")" or "]" or "}")
            {
                break;
            }

            j++;
        }

        return j;
    }

    private static bool IsConstant(JsSyntax s, (int Start, int End) range)
    {
        if (range.End == range.Start + 1)
        {
            var token = s[range.Start];
            return token.Kind is JsTokenKind.String or JsTokenKind.Template or JsTokenKind.Number || token.Text is "null" or "undefined" or "true" or "false";
        }

        return s.Is(range.Start, "typeof") || s.Is(range.End - 1, "length") || s.Is(range.End - 1, "size");
    }

    /// <summary>What kind of secret an operand is by its name (its last member, or the header it reads), or null.</summary>
    private static string? SecretName(JsSyntax s, (int Start, int End) range)
    {
        var name = (string?)null;
        for (var i = range.Start; i < range.End; i++)
        {
            if (s.IsIdentifier(i) && !s.Is(i + 1, "("))
            {
                name = s[i].Text;
            }
            else if (s[i].IsStringLiteral && (s.Is(i - 1, "[") || s.Is(i - 1, "(")))
            {
                name = JsStrings.Value(s[i]);
            }
            else if (s.Is(i, "(") && s.Partner(i) > i)
            {
                i = s.Partner(i);
            }
        }

        return name is not null && SensitiveNames.IsComparedSecret(name) ? SensitiveNames.Classify(name) ?? "signature" : null;
    }

    private static bool IsDigest(JsSyntax s, (int Start, int End) range) =>
        Enumerable.Range(range.Start, range.End - range.Start).Any(i => s.IsIdentifier(i) && s[i].Text == "digest" && s.Is(i + 1, "("));
}
