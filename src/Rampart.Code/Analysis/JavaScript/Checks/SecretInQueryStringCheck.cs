using Rampart.Code.Analysis;
using Rampart.Code.Lexing.JavaScript;
using Rampart.Core.Findings;
using Rampart.Core.Rules;

namespace Rampart.Code.Analysis.JavaScript.Checks;

/// <summary>
/// RMP-C044: an API key, token, secret or password read from the query string: <c>req.query.api_key</c>,
/// <c>req.query['token']</c>, <c>const { token } = req.query</c>, <c>searchParams.get('apiKey')</c>,
/// NestJS <c>@Query('token')</c>. Pagination and cursor tokens (<c>nextToken</c>, <c>pageToken</c>)
/// and OAuth's one-time <c>code</c> are not secrets.
/// </summary>
internal sealed class SecretInQueryStringCheck : IJsCodeCheck
{
    public Rule Rule => CodeRules.SecretInQueryString;

    public IEnumerable<Finding> Check(JsCodeFile file, JsCodeWorkspace workspace)
    {
        foreach (var secret in Find(file))
        {
            yield return JsFinding.At(Rule, file, secret.Index, $"the {secret.Kind} is read from the query string (`{secret.Parameter}`); URLs end up in logs, history and Referer headers, so accept it in a header", "query string", secret.Parameter, secret.Index, secret.Index + 1);
        }
    }

    /// <summary>Every secret-named query parameter a file reads.</summary>
    public static List<JsQuerySecret> Find(JsCodeFile file)
    {
        var s = file.Syntax;
        var found = new List<JsQuerySecret>();
        for (var i = 1; i + 2 < s.Count; i++)
        {
            // req.query.token / req.query['api_key'] / ctx.query.token
            if (s.Is(i, "query") && s.Is(i - 1, ".") && IsQueryObject(file, i))
            {
                var name = s.Is(i + 1, ".") && s.IsIdentifier(i + 2) ? s[i + 2].Text : s.Is(i + 1, "[") ? s.StringAt(i + 2, s.Partner(i + 1)) : null;
                if (name is not null)
                {
                    Add(found, s, name, i + 2);
                    continue;
                }

                // const { token, page } = req.query
                if (s.Is(i + 1, ";") || s[i + 1].Line != s[i].Line || !s.Is(i + 1, "."))
                {
                    Destructured(found, file, i);
                }
            }

            // searchParams.get('token') / url.searchParams.get('api_key')
            if (s.Is(i, "get") && s.Is(i - 1, ".") && s.Is(i + 1, "(") && s.StringAt(i + 2, s.Partner(i + 1)) is { } parameter && ReadsSearchParams(file, i - 1))
            {
                Add(found, s, parameter, i + 2);
            }
        }

        foreach (var function in file.Functions)
        {
            foreach (var parameter in function.Parameters)
            {
                if (parameter.Decorator == "Query" && parameter.DecoratorArgument is { } name)
                {
                    Add(found, s, name, parameter.Start);
                }
            }
        }

        return found;
    }

    private static void Add(List<JsQuerySecret> found, JsSyntax s, string name, int index)
    {
        if (SensitiveNames.Classify(name) is { } kind && kind != "cookie" && !found.Any(f => f.Index == index))
        {
            found.Add(new JsQuerySecret(name, kind, index) { Line = s[index].Line });
        }
    }

    private static bool IsQueryObject(JsCodeFile file, int queryIndex)
    {
        var s = file.Syntax;
        var start = queryIndex - 2;
        while (start >= 2 && s.Is(start - 1, ".") && s.IsIdentifier(start - 2))
        {
            start -= 2;
        }

        return s.IsIdentifier(start) && file.ScopeAt(start).Evaluate(start, queryIndex + 1) is { } taint && taint.Source.EndsWith(".query", StringComparison.Ordinal);
    }

    private static void Destructured(List<JsQuerySecret> found, JsCodeFile file, int queryIndex)
    {
        var s = file.Syntax;
        var start = queryIndex - 2;
        while (start >= 2 && s.Is(start - 1, ".") && s.IsIdentifier(start - 2))
        {
            start -= 2;
        }

        if (!s.Is(start - 1, "=") || !s.Is(start - 2, "}"))
        {
            return;
        }

        foreach (var (itemStart, _) in s.Items(s.Partner(start - 2)))
        {
            if (s.IsIdentifier(itemStart))
            {
                Add(found, s, s[itemStart].Text, itemStart);
            }
        }
    }

    private static bool ReadsSearchParams(JsCodeFile file, int dot)
    {
        var s = file.Syntax;
        var start = dot - 1;
        if (s.Is(start, ")"))
        {
            return false;
        }

        while (start >= 2 && s.Is(start - 1, ".") && s.IsIdentifier(start - 2))
        {
            start -= 2;
        }

        var text = s.TextOf(start, dot);
        return text.Contains("searchParams", StringComparison.Ordinal) && file.ScopeAt(start).Evaluate(start, dot) is not null;
    }
}
