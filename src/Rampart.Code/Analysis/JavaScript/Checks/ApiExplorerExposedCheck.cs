using Rampart.Code.Analysis;
using Rampart.Code.Lexing.JavaScript;
using Rampart.Core.Findings;
using Rampart.Core.Rules;

namespace Rampart.Code.Analysis.JavaScript.Checks;

/// <summary>
/// RMP-C043: interactive API documentation or GraphQL exploration served outside development:
/// swagger-ui-express mounted with <c>use()</c> (unless an auth middleware sits in the same call),
/// NestJS <c>SwaggerModule.setup</c>, @fastify/swagger-ui and redoc-express registered, and
/// <c>introspection: true</c>, <c>playground: true</c>, <c>graphiql: true</c> written out. Anything
/// under a development check, or with a value chosen by NODE_ENV, is not reported.
/// </summary>
internal sealed class ApiExplorerExposedCheck : IJsCodeCheck
{
    private static readonly string[] DocsModules = ["swagger-ui-express", "@fastify/swagger-ui", "fastify-swagger-ui", "redoc-express", "swagger-ui-koa", "koa2-swagger-ui"];
    private static readonly string[] AuthWords = ["auth", "authenticate", "authenticated", "protect", "protected", "guard", "require", "ensure", "basic", "admin", "passport", "session", "login", "jwt"];

    public Rule Rule => CodeRules.ApiExplorerExposed;

    public IEnumerable<Finding> Check(JsCodeFile file, JsCodeWorkspace workspace)
    {
        var s = file.Syntax;
        foreach (var call in file.Calls)
        {
            var what = Registration(file, call);
            if (what is null || JsDevGuard.IsGuarded(file, call.Start))
            {
                continue;
            }

            yield return JsFinding.At(Rule, file, call.Start, $"{what} is served without a development check or auth: it maps every endpoint for an attacker", call.Callee, null, call.Start, call.Close + 1);
        }

        foreach (var (keyIndex, valueStart, valueEnd, _) in JsObjectLiteral.Keyed(s, "introspection", "playground", "graphiql"))
        {
            if (!JsObjectLiteral.Is(s, (valueStart, valueEnd), "true") || JsDevGuard.IsGuarded(file, keyIndex))
            {
                continue;
            }

            var key = s[keyIndex].Text;
            yield return JsFinding.At(Rule, file, keyIndex, $"GraphQL {key} is turned on for every environment: the whole schema is open to anyone; set it from NODE_ENV", key, null, keyIndex, valueEnd);
        }
    }

    private static string? Registration(JsCodeFile file, JsCall call)
    {
        var s = file.Syntax;
        if (call.Parts is ["SwaggerModule", "setup"])
        {
            return "Swagger UI (SwaggerModule.setup)";
        }

        if (call.Name is not ("use" or "register" or "get"))
        {
            return null;
        }

        var usesDocs = false;
        foreach (var (start, end) in call.Arguments)
        {
            for (var i = start; i < end; i++)
            {
                if (!s.IsIdentifier(i) || s.Is(i - 1, "."))
                {
                    continue;
                }

                if (file.Imports(s[i].Text, DocsModules) || s.Is(i, "require") && s.Is(i + 1, "(") && s.StringAt(i + 2, i + 3) is { } spec && DocsModules.Contains(spec))
                {
                    usesDocs = true;
                }
                else if (SensitiveNames.Words(s[i].Text).Any(w => AuthWords.Contains(w)))
                {
                    return null;
                }
            }
        }

        return usesDocs ? "API documentation UI" : null;
    }
}
