using Rampart.Code.Analysis;
using Rampart.Code.Lexing.JavaScript;
using Rampart.Core.Findings;
using Rampart.Core.Rules;

namespace Rampart.Code.Analysis.JavaScript.Checks;

/// <summary>
/// RMP-C015: a session or auth cookie (named like session, sid, token, jwt, auth, remember) set
/// without <c>httpOnly: true</c> where the framework's default is off (Express <c>res.cookie</c>,
/// Fastify <c>reply.setCookie</c>, Next.js <c>cookies().set</c>), or with <c>httpOnly: false</c> /
/// <c>secure: false</c> written out (also express-session's and cookie-session's <c>cookie</c> options).
/// A missing <c>secure</c> is not reported (often set by the proxy or the environment), and
/// development-only code is skipped.
/// </summary>
internal sealed class InsecureAuthCookieCheck : IJsCodeCheck
{
    private static readonly string[] AuthWords = ["session", "sess", "sid", "token", "jwt", "auth", "remember", "login", "access", "refresh", "credential"];

    public Rule Rule => CodeRules.InsecureAuthCookie;

    public IEnumerable<Finding> Check(JsCodeFile file, JsCodeWorkspace workspace)
    {
        var s = file.Syntax;
        foreach (var call in file.Calls)
        {
            var problem = call switch
            {
                { Name: "cookie" or "setCookie", Parts.Count: 2 } when JsRequestSources.IsResponseName(call.Parts[0]) => SetCookie(file, call, httpOnlyDefault: false),
                { Name: "set" } when call.Parts.Count >= 2 && call.Parts[^2] is "cookies" or "cookies()" or "cookieStore" => SetCookie(file, call, httpOnlyDefault: call.Parts[0] is "ctx"),
                _ when IsSessionMiddleware(file, call) => SessionOptions(file, call),
                _ => null,
            };
            if (problem is not null && !JsDevGuard.IsGuarded(file, call.Start))
            {
                yield return JsFinding.At(Rule, file, call.Start, problem, call.Callee, null, call.Start, call.Close + 1);
            }
        }
    }

    private static string? SetCookie(JsCodeFile file, JsCall call, bool httpOnlyDefault)
    {
        var s = file.Syntax;
        if (call.Arguments.Count == 0)
        {
            return null;
        }

        var first = call.Arguments[0];
        var objectForm = JsObjectLiteral.At(file, first);
        string? name;
        int options;
        if (objectForm >= 0)
        {
            // cookies().set({ name: 'session', value, httpOnly: true })
            name = JsObjectLiteral.Property(s, objectForm, "name") is { } n ? s.StringAt(n.Start, n.End) : null;
            options = objectForm;
        }
        else
        {
            name = s.StringAt(first.Start, first.End);
            options = call.Arguments.Count > 2 ? JsObjectLiteral.At(file, call.Arguments[2]) : -2;
        }

        if (name is null || !IsAuthCookie(name))
        {
            return null;
        }

        if (options == -1)
        {
            // Options we cannot read (a variable from elsewhere): say nothing.
            return null;
        }

        var httpOnly = options >= 0 ? JsObjectLiteral.Property(s, options, "httpOnly") : null;
        var secure = options >= 0 ? JsObjectLiteral.Property(s, options, "secure") : null;
        if (JsObjectLiteral.Is(s, httpOnly, "false"))
        {
            return $"the '{name}' cookie is set with httpOnly: false; scripts on the page can read it";
        }

        if (JsObjectLiteral.Is(s, secure, "false"))
        {
            return $"the '{name}' cookie is set with secure: false; it travels over plain HTTP";
        }

        var hasSpread = options >= 0 && s.Items(options).Any(item => s.Is(item.Start, "..."));
        return httpOnly is null && !httpOnlyDefault && !hasSpread
            ? $"the '{name}' cookie is set without httpOnly: true (off by default here); scripts on the page can read it"
            : null;
    }

    private static bool IsSessionMiddleware(JsCodeFile file, JsCall call)
    {
        var (module, _) = file.Resolve(call);
        return module is "express-session" or "cookie-session" or "@fastify/session" or "@fastify/secure-session" or "koa-session";
    }

    private static string? SessionOptions(JsCodeFile file, JsCall call)
    {
        var s = file.Syntax;
        foreach (var argument in call.Arguments)
        {
            var open = JsObjectLiteral.At(file, argument);
            if (open < 0)
            {
                continue;
            }

            var cookie = JsObjectLiteral.Property(s, open, "cookie") is { } c ? JsObjectLiteral.At(file, c) : -1;
            foreach (var options in new[] { cookie, open }.Where(o => o >= 0))
            {
                if (JsObjectLiteral.Is(s, JsObjectLiteral.Property(s, options, "httpOnly"), "false"))
                {
                    return "the session cookie is configured with httpOnly: false; scripts on the page can read it";
                }

                if (JsObjectLiteral.Is(s, JsObjectLiteral.Property(s, options, "secure"), "false"))
                {
                    return "the session cookie is configured with secure: false; it travels over plain HTTP";
                }
            }
        }

        return null;
    }

    private static bool IsAuthCookie(string name)
    {
        var lower = name.ToLowerInvariant();
        var words = SensitiveNames.Words(name);
        return AuthWords.Any(w => words.Contains(w)) || lower.Contains("session", StringComparison.Ordinal) || lower.Contains("token", StringComparison.Ordinal) || lower.Contains("jwt", StringComparison.Ordinal) || lower == "connect.sid";
    }
}
