using Rampart.Code.Lexing.JavaScript;

namespace Rampart.Code.Routes.JavaScript;

/// <summary>
/// Finds auth enforced inside a function body: a guard call that throws or redirects by itself
/// (<c>auth().protect()</c>, <c>await requireUser()</c>), an <c>if</c> on the user, session or token
/// whose branch rejects (401/403, <c>Unauthorized</c>/"not signed in" wording, a redirect; never a
/// branch that hands on with <c>next()</c>), or a token verification next to a 401. A 404 for a
/// missing record is not auth.
/// </summary>
internal static class JsBodyCheck
{
    private static readonly string[] SubjectWords = ["user", "session", "token", "auth", "jwt", "claims", "principal", "apikey", "api_key", "authorization", "authenticated", "role", "admin", "viewer", "identity", "bearer", "credential", "signedin", "loggedin"];

    private static readonly string[] RejectionWords = ["unauthori", "forbidden", "authenticat", "signed in", "logged in", "sign in", "log in", "login", "signin", "sign-in", "access denied", "permission"];

    /// <summary>The first in-body check in [start, end): its description and the token it is at; null when there is none.</summary>
    public static (string Description, int Index)? Find(JsSyntax s, int start, int end, JsAuthVocabulary vocabulary)
    {
        var verifyAt = -1;
        for (var i = start; i < end; i++)
        {
            if (s[i].Kind != JsTokenKind.Identifier || s.Is(i - 1, ".") || s.Is(i - 1, "?."))
            {
                continue;
            }

            if (s[i].Text == "if" && s.Is(i + 1, "(") && IfCheck(s, i, vocabulary) is { } check)
            {
                return (check, i);
            }

            var (name, callEnd) = CallName(s, i);
            if (name is null)
            {
                continue;
            }

            if (!InCondition(s, i) && JsAuthVocabulary.Matches(vocabulary.GuardCalls, name))
            {
                return ($"`{name}()` rejects anonymous callers", i);
            }

            if (verifyAt < 0 && JsAuthVocabulary.Matches(vocabulary.VerifyCalls, name))
            {
                verifyAt = i;
            }

            i = Math.Max(i, callEnd - 1);
        }

        if (verifyAt >= 0 && HasRejection(s, start, end))
        {
            return ($"the token is verified with `{CallName(s, verifyAt).Name}()` and a failure is rejected", verifyAt);
        }

        return null;
    }

    /// <summary>A call chain at a token with the empty calls folded: <c>auth().protect()</c> is <c>auth.protect</c>. Null when it is not called.</summary>
    public static (string? Name, int End) CallName(JsSyntax s, int i)
    {
        var parts = new List<string> { s[i].Text };
        var j = i + 1;
        var called = false;
        while (j < s.Count)
        {
            if ((s.Is(j, ".") || s.Is(j, "?.")) && s.IsIdentifier(j + 1))
            {
                parts.Add(s[j + 1].Text);
                j += 2;
                called = false;
                continue;
            }

            if (s.Is(j, "("))
            {
                called = true;
                var close = s.Partner(j);
                if (close != j + 1 && !((s.Is(close + 1, ".") || s.Is(close + 1, "?.")) && s.IsIdentifier(close + 2)))
                {
                    return (string.Join('.', parts), close + 1);
                }

                j = close + 1;
                continue;
            }

            break;
        }

        return (called ? string.Join('.', parts) : null, j);
    }

    /// <summary>True when the body reads a token, session or user from the request (<c>req.headers.authorization</c>, <c>req.cookies</c>, <c>req.session</c>).</summary>
    public static bool ReadsCredentials(JsSyntax s, int start, int end)
    {
        for (var i = start; i + 2 < end; i++)
        {
            if (s.Is(i + 1, ".") && s.IsIdentifier(i + 2) && s[i + 2].Text is "headers" or "cookies" or "session" or "user" or "auth" or "signedCookies")
            {
                return true;
            }
        }

        return false;
    }

    private static bool InCondition(JsSyntax s, int i) =>
        s.Ancestors(i).Any(open => s.Is(open, "(") && (s.Is(open - 1, "if") || s.Is(open - 1, "while")));

    private static string? IfCheck(JsSyntax s, int ifIndex, JsAuthVocabulary vocabulary)
    {
        var open = ifIndex + 1;
        var close = s.Partner(open);
        if (!Enumerable.Range(open + 1, close - open - 1).Any(t => IsSubject(s[t], vocabulary)))
        {
            return null;
        }

        var branchStart = close + 1;
        var branchEnd = s.Is(branchStart, "{") ? s.Partner(branchStart) + 1 : JsExpressions.End(s, s.Is(branchStart, "return") || s.Is(branchStart, "throw") ? branchStart + 1 : branchStart);
        if (branchEnd <= branchStart || !Rejects(s, branchStart, branchEnd))
        {
            return null;
        }

        return $"in-handler check `if {s.TextOf(open, close + 1)}` rejects the request";
    }

    private static bool IsSubject(JsToken token, JsAuthVocabulary vocabulary)
    {
        if (token.Kind == JsTokenKind.Identifier)
        {
            var lower = token.Text.ToLowerInvariant();
            return SubjectWords.Any(lower.Contains) || vocabulary.SessionCalls.Contains(token.Text);
        }

        if (token.IsStringLiteral)
        {
            var value = JsStrings.Value(token).ToLowerInvariant();
            return value is "authorization" or "x-api-key" or "token" or "session" or "cookie" || value.Contains("api-key", StringComparison.Ordinal) || value.Contains("token", StringComparison.Ordinal) || value.Contains("jwt", StringComparison.Ordinal);
        }

        return false;
    }

    /// <summary>The branch stops the request as unauthenticated: a rejection status or word, or a redirect; not when it calls <c>next()</c>.</summary>
    private static bool Rejects(JsSyntax s, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (s.Is(i, "next") && s.Is(i + 1, "(") && s.Is(i + 2, ")"))
            {
                return false;
            }
        }

        if (HasRejection(s, start, end))
        {
            return true;
        }

        for (var i = start; i < end; i++)
        {
            if (s[i].Kind == JsTokenKind.Identifier && s[i].Text is "redirect" or "redirectToSignIn" or "signIn")
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasRejection(JsSyntax s, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            var token = s[i];
            if (token.Kind == JsTokenKind.Number && token.Text is "401" or "403")
            {
                return true;
            }

            var text = token.Kind switch
            {
                JsTokenKind.Identifier => token.Text.ToLowerInvariant(),
                JsTokenKind.String or JsTokenKind.Template or JsTokenKind.TemplateHead => JsStrings.Value(token).ToLowerInvariant(),
                _ => null,
            };
            if (text is not null && RejectionWords.Any(text.Contains))
            {
                return true;
            }
        }

        return false;
    }
}
