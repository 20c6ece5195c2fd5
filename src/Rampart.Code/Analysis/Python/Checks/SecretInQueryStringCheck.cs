using Rampart.Code.Analysis;
using Rampart.Code.Lexing.Python;
using Rampart.Code.Lexing.Python.Syntax;

namespace Rampart.Code.Analysis.Python.Checks;

/// <summary>
/// RMP-C044: a secret-named value read from the query string: <c>request.args.get("api_key")</c>,
/// <c>request.query_params["token"]</c>, <c>request.GET.get("access_token")</c>, a FastAPI query
/// parameter named like a secret (plain or <c>Query()</c>), <c>APIKeyQuery(...)</c>. One-time tokens of
/// e-mailed links (verify, confirm, reset, activate, unsubscribe, invite) and WebSocket routes
/// (browsers cannot set headers there) are the accepted exceptions.
/// </summary>
internal sealed class SecretInQueryStringCheck : IPythonCheck
{
    private static readonly string[] QueryCollections = ["args", "query_params", "GET"];
    private static readonly string[] LinkFlows = ["verify", "verif", "confirm", "reset", "activate", "unsubscribe", "invite", "invitation", "magic", "accept"];

    public void VisitFunction(PyDefinition function, PyFlow flow)
    {
        if (PyRouteParameters.RouteDecorator(function) is not { } route || PyRouteParameters.IsWebSocket(function) || IsLinkFlow(flow, function))
        {
            return;
        }

        var path = route.Call?.Arg(0, "path") is PyString p ? p.Value : "";
        foreach (var parameter in function.Parameters)
        {
            if (!SensitiveNames.IsSensitive(parameter.Name) || path.Contains("{" + parameter.Name, StringComparison.Ordinal) || flow.State.Get(parameter.Name) is not { } taint
                || !taint.Source.StartsWith("query parameter", StringComparison.Ordinal))
            {
                continue;
            }

            flow.File.Report(CodeRules.SecretInQueryString, parameter.Line, $"`{parameter.Name}` is a query parameter of `{function.Name}`: the secret ends up in URLs and their logs", function.Name, taint.Source, $"{function.Name}({parameter.Name})");
        }
    }

    public void VisitCall(PyCallSite call, PyFlow flow)
    {
        if (call.LastName == "APIKeyQuery" && call.Arg(0, "name") is { } name && flow.ConstantString(name.Start, name.End) is { } key)
        {
            flow.File.Report(CodeRules.SecretInQueryString, call.Line, $"`APIKeyQuery(name=\"{key}\")` takes the API key from the query string", call.Callee, key, flow.Text(call.CalleeStart, call.Close + 1));
        }
    }

    public void VisitStatement(int start, int end, PyFlow flow)
    {
        if (flow.Function is { } function && (PyRouteParameters.IsWebSocket(function) || IsLinkFlow(flow, function)))
        {
            return;
        }

        var tokens = flow.Tokens;
        for (var i = start; i + 4 < end; i++)
        {
            if (!tokens[i].IsName("request") || (i > start && tokens[i - 1].Is(".") && !(i > start + 1 && tokens[i - 2].IsName("self"))) || !tokens[i + 1].Is(".")
                || !QueryCollections.Contains(tokens[i + 2].Text))
            {
                continue;
            }

            var keyAt = tokens[i + 3].Is("[") ? i + 4 : tokens[i + 3].Is(".") && tokens[i + 4].Text is "get" or "getlist" && i + 6 < end && tokens[i + 5].Is("(") ? i + 6 : -1;
            if (keyAt < 0 || tokens[keyAt].Kind != PythonTokenKind.String || !SensitiveNames.IsSensitive(tokens[keyAt].Value))
            {
                continue;
            }

            var read = flow.Text(i, keyAt + 1) + (tokens[i + 3].Is("[") ? "]" : ")");
            flow.File.Report(CodeRules.SecretInQueryString, tokens[i].Line, $"`{read}` reads a secret from the query string: it ends up in URLs and their logs", read, read, read);
        }
    }

    private static bool IsLinkFlow(PyFlow flow, PyDefinition function)
    {
        var route = PyRouteParameters.RouteDecorator(function)?.Call?.Arg(0, "path") is PyString p ? p.Value : "";
        var words = SensitiveNames.Words(function.Name).Concat(SensitiveNames.Words(route));
        return words.Any(w => LinkFlows.Any(l => w.StartsWith(l, StringComparison.Ordinal)));
    }
}
