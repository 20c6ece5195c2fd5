using Rampart.Code.Analysis;
using Rampart.Code.Lexing.Python;

namespace Rampart.Code.Analysis.Python.Checks;

/// <summary>
/// RMP-C013: <c>==</c>/<c>!=</c> between a value from the request and a secret: a name that says
/// key, token, secret, signature or password (<c>settings.API_KEY</c>, <c>user.password_hash</c>)
/// or a computed digest (<c>hmac.new(...).hexdigest()</c>). Comparisons with literals or None are
/// not secrets; <c>hmac.compare_digest</c>/<c>secrets.compare_digest</c> is the fix.
/// </summary>
internal sealed class TimingUnsafeComparisonCheck : IPythonCheck
{
    public void VisitStatement(int start, int end, PyFlow flow)
    {
        var tokens = flow.Tokens;
        for (var i = start; i < end; i++)
        {
            if (!(tokens[i].Is("==") || tokens[i].Is("!=")))
            {
                continue;
            }

            var leftStart = PyGuards.OperandStart(tokens, start, i);
            var rightEnd = PyGuards.OperandEnd(tokens, i + 1, end);
            if (leftStart >= i || rightEnd <= i + 1)
            {
                continue;
            }

            var (requestSide, secretSide) = flow.Taint(leftStart, i) is { } left && IsSecret(tokens, i + 1, rightEnd) && flow.Taint(i + 1, rightEnd) is null
                ? (left, flow.Text(i + 1, rightEnd))
                : flow.Taint(i + 1, rightEnd) is { } right && IsSecret(tokens, leftStart, i) && flow.Taint(leftStart, i) is null
                    ? (right, flow.Text(leftStart, i))
                    : (null, "");
            if (requestSide is null)
            {
                continue;
            }

            flow.File.Report(CodeRules.TimingUnsafeComparison, tokens[i].Line, $"{requestSide.Display} is compared with `{secretSide}` using {tokens[i].Text}, which leaks through timing how much matched", tokens[i].Text, requestSide.Source, flow.Text(leftStart, rightEnd));
        }
    }

    /// <summary>A secret-named name or key, or a computed digest.</summary>
    private static bool IsSecret(PythonTokens tokens, int start, int end)
    {
        if (end - start >= 3 && tokens[end - 1].Is(")") && tokens[end - 2].Is("(") && tokens[end - 3].Text is "hexdigest" or "digest")
        {
            return true;
        }

        for (var i = end - 1; i >= start; i--)
        {
            var t = tokens[i];
            if (t.Kind == PythonTokenKind.Op && t.Text is ")" && tokens.Match(i) > start)
            {
                // A call's result other than a digest: is_valid(x), len(x)... is not the secret itself.
                return tokens[tokens.Match(i) - 1].Text is "get" or "getenv" && LastString(tokens, tokens.Match(i), i) is { } key && SensitiveNames.IsSensitive(key);
            }

            if (t.Kind == PythonTokenKind.Op && t.Text is "]" && tokens.Match(i) >= start)
            {
                return LastString(tokens, tokens.Match(i), i) is { } key && SensitiveNames.IsSensitive(key);
            }

            if (t.Kind == PythonTokenKind.Name)
            {
                return t.Text is not ("None" or "True" or "False") && (SensitiveNames.IsSensitive(t.Text) || SensitiveNames.Words(t.Text).LastOrDefault() is "signature" or "sig" or "digest" or "hmac" or "mac");
            }

            if (t.Kind is PythonTokenKind.String or PythonTokenKind.Number)
            {
                return false;
            }
        }

        return false;
    }

    private static string? LastString(PythonTokens tokens, int open, int close) =>
        Enumerable.Range(open + 1, Math.Max(0, close - open - 1)).Select(i => tokens[i]).LastOrDefault(t => t.Kind == PythonTokenKind.String)?.Value;
}
