using Rampart.Code.Analysis;
using Rampart.Code.Lexing.JavaScript;
using Rampart.Core.Findings;
using Rampart.Core.Rules;

namespace Rampart.Code.Analysis.JavaScript.Checks;

/// <summary>
/// RMP-C040: developer error pages or debug mode reachable in production: the <c>errorhandler</c>
/// middleware registered without a development check, <c>app.set('env', 'development')</c>,
/// <c>process.env.NODE_ENV = 'development'</c> in code, and error stack traces sent to the client
/// (<c>res.json({ stack: err.stack })</c>) unless chosen by a development check.
/// </summary>
internal sealed class DebugModeCheck : IJsCodeCheck
{
    private static readonly HashSet<string> ResponseMethods = new(StringComparer.Ordinal) { "send", "json", "end", "write", "render", "jsonp" };

    public Rule Rule => CodeRules.DebugModeInProduction;

    public IEnumerable<Finding> Check(JsCodeFile file, JsCodeWorkspace workspace)
    {
        var s = file.Syntax;
        foreach (var call in file.Calls)
        {
            var problem = Problem(file, call);
            if (problem is not null && !JsDevGuard.IsGuarded(file, call.Start))
            {
                yield return JsFinding.At(Rule, file, call.Start, problem, call.Callee, null, call.Start, call.Close + 1);
            }
        }

        for (var i = 0; i + 5 < s.Count; i++)
        {
            if (s.DottedNameAt(i, i + 5) == "process.env.NODE_ENV" && !s.Is(i - 1, ".") && s.Is(i + 5, "=") && s.StringAt(i + 6, i + 7) is "development" or "dev")
            {
                yield return JsFinding.At(Rule, file, i, "NODE_ENV is forced to development in code: frameworks turn on their debug behaviour (verbose errors, no caching) wherever this runs", "process.env.NODE_ENV", null, i, i + 7);
            }
        }
    }

    private static string? Problem(JsCodeFile file, JsCall call)
    {
        var s = file.Syntax;
        var (module, member) = file.Resolve(call);
        if (module == "errorhandler" && member == "")
        {
            return "the errorhandler middleware (stack traces and source in error pages) runs without a development check";
        }

        if (call.Name == "use" && call.Arguments.Any(a => a.End == a.Start + 1 && s.IsIdentifier(a.Start) && file.Imports(s[a.Start].Text, "errorhandler")))
        {
            return "the errorhandler middleware (stack traces and source in error pages) runs without a development check";
        }

        if (call.Name == "set" && call.Arguments.Count == 2 && s.StringAt(call.Arguments[0].Start, call.Arguments[0].End) == "env" && s.StringAt(call.Arguments[1].Start, call.Arguments[1].End) == "development")
        {
            return "the app is forced into the development environment: Express then sends stack traces in error responses";
        }

        if (ResponseMethods.Contains(call.Name) && call.Parts.Count >= 2 && call.Parts[0] is "res" or "response" or "reply" or "ctx")
        {
            foreach (var argument in call.Arguments)
            {
                if (SendsStack(s, argument.Start, argument.End))
                {
                    return "the error's stack trace is sent to the client";
                }
            }
        }

        return null;
    }

    /// <summary>An <c>err.stack</c> in a response value that no development check chooses.</summary>
    private static bool SendsStack(JsSyntax s, int start, int end)
    {
        for (var i = start; i + 2 < end; i++)
        {
            if (!s.IsIdentifier(i) || s.Is(i - 1, ".") || !s.Is(i + 1, ".") || !s.Is(i + 2, "stack"))
            {
                continue;
            }

            var words = SensitiveNames.Words(s[i].Text);
            if (!(words.Contains("err") || words.Contains("error") || words.Contains("e") || words.Contains("ex") || words.Contains("exception")))
            {
                continue;
            }

            // { stack: isDev ? err.stack : undefined }: the value is chosen by a development check.
            var valueStart = i;
            while (valueStart > start && !s.Is(valueStart - 1, ":") && !s.Is(valueStart - 1, ",") && !s.Is(valueStart - 1, "{") && !s.Is(valueStart - 1, "("))
            {
                valueStart--;
            }

            if (!JsDevGuard.MentionsDevelopment(s, valueStart, JsExpressions.End(s, valueStart)))
            {
                return true;
            }
        }

        return false;
    }
}
