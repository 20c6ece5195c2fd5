using Rampart.Code.Analysis;
using Rampart.Code.Lexing.JavaScript;

namespace Rampart.Code.Analysis.JavaScript;

/// <summary>
/// Recognises code that only runs in development: inside <c>if (process.env.NODE_ENV === 'development')</c>,
/// <c>if (NODE_ENV !== 'production')</c>, <c>if (isDev)</c>, <c>if (config.debug)</c>, in the <c>else</c>
/// of a production check, or a value chosen by such a condition (<c>isDev ? true : false</c>).
/// </summary>
internal static class JsDevGuard
{
    public static bool IsGuarded(JsCodeFile file, int index)
    {
        var s = file.Syntax;
        foreach (var open in s.Ancestors(index))
        {
            if (!s.Is(open, "{"))
            {
                continue;
            }

            if (ConditionBefore(s, open) is { } condition && IsDevCondition(s, condition.Open, condition.Close))
            {
                return true;
            }

            if (s.Is(open - 1, "else") && s.Is(open - 2, "}") && ConditionBefore(s, s.Partner(open - 2)) is { } ifCondition && IsProductionCondition(s, ifCondition.Open, ifCondition.Close))
            {
                return true;
            }
        }

        // A braceless `if (isDev) app.use(...)` on the statement itself.
        for (var j = index - 1; j >= 0 && s.Parent(j) == s.Parent(index); j--)
        {
            if (s[j].Text is ";" or "{" or "}" && s[j].Kind == JsTokenKind.Punctuator)
            {
                break;
            }

            if (s.Is(j, ")") && s.Is(s.Partner(j) - 1, "if"))
            {
                return IsDevCondition(s, s.Partner(j), j);
            }

            if (s.Partner(j) >= 0 && s.Partner(j) < j)
            {
                j = s.Partner(j);
            }
        }

        return false;
    }

    /// <summary>True when the range (a property value, an argument) itself mentions a development check.</summary>
    public static bool MentionsDevelopment(JsSyntax s, int start, int end) => IsDevCondition(s, start - 1, end);

    private static (int Open, int Close)? ConditionBefore(JsSyntax s, int brace)
    {
        if (!s.Is(brace - 1, ")"))
        {
            return null;
        }

        var open = s.Partner(brace - 1);
        return s.Is(open - 1, "if") ? (open, brace - 1) : null;
    }

    private static bool IsDevCondition(JsSyntax s, int open, int close)
    {
        for (var i = open + 1; i < close; i++)
        {
            var token = s[i];
            if (token.IsStringLiteral && JsStrings.Value(token) is "development" or "dev" or "test" or "local")
            {
                return true;
            }

            if (token.IsStringLiteral && JsStrings.Value(token) == "production" && (s.Is(i - 1, "!==") || s.Is(i - 1, "!=") || s.Is(i + 1, "!==") || s.Is(i + 1, "!=")))
            {
                return true;
            }

            if (token.Kind == JsTokenKind.Identifier)
            {
                var words = SensitiveNames.Words(token.Text);
                if (words.Any(w => w is "dev" or "development" or "debug" or "local" or "test" or "testing") && !s.Is(i - 1, "!"))
                {
                    return true;
                }

                if (words.Any(w => w is "prod" or "production") && s.Is(i - 1, "!"))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsProductionCondition(JsSyntax s, int open, int close)
    {
        for (var i = open + 1; i < close; i++)
        {
            var token = s[i];
            if (token.IsStringLiteral && JsStrings.Value(token) == "production" && (s.Is(i - 1, "===") || s.Is(i - 1, "==") || s.Is(i + 1, "===") || s.Is(i + 1, "==")))
            {
                return true;
            }

            if (token.Kind == JsTokenKind.Identifier && SensitiveNames.Words(token.Text).Any(w => w is "prod" or "production") && !s.Is(i - 1, "!"))
            {
                return true;
            }
        }

        return false;
    }
}
