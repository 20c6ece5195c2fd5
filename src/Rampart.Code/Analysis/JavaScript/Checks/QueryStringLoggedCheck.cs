using Rampart.Code.Lexing.JavaScript;
using Rampart.Core.Findings;
using Rampart.Core.Rules;

namespace Rampart.Code.Analysis.JavaScript.Checks;

/// <summary>
/// RMP-C032: morgan writing full URLs (every predefined format — combined, common, dev, short, tiny —
/// logs <c>:url</c>, query string included; so does a custom format with <c>:url</c>) in a project
/// whose code reads a secret from the query string (RMP-C044). Without such a parameter the URL log
/// holds nothing secret and is not reported.
/// </summary>
internal sealed class QueryStringLoggedCheck : IJsCodeCheck
{
    private static readonly HashSet<string> Formats = new(StringComparer.Ordinal) { "combined", "common", "dev", "short", "tiny", "default" };

    public Rule Rule => CodeRules.QueryStringLogged;

    public IEnumerable<Finding> Check(JsCodeFile file, JsCodeWorkspace workspace)
    {
        var s = file.Syntax;
        foreach (var call in file.Calls)
        {
            var (module, member) = file.Resolve(call);
            if (module != "morgan" || member != "")
            {
                continue;
            }

            var format = call.Arguments.Count == 0 ? "default" : s.StringAt(call.Arguments[0].Start, call.Arguments[0].End);
            if (format is null || !Formats.Contains(format) && !format.Contains(":url", StringComparison.Ordinal))
            {
                continue;
            }

            if (workspace.QuerySecretsOf(file.Project) is not [var secret, ..])
            {
                continue;
            }

            yield return JsFinding.At(Rule, file, call.Start, $"morgan('{format}') logs full URLs with their query strings, and this project reads the {secret.Kind} `{secret.Parameter}` from the query ({secret.Path}:{secret.Line}); log the path without the query", call.Callee, secret.Parameter, call.Start, call.Close + 1);
        }
    }
}
