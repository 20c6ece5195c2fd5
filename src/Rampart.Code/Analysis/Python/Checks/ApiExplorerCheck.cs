namespace Rampart.Code.Analysis.Python.Checks;

/// <summary>
/// RMP-C043: a GraphQL IDE switched on in code (<c>GraphQLView.as_view(graphiql=True)</c>,
/// strawberry <c>graphql_ide="graphiql"</c>), and Swagger UI / ReDoc views registered outside a
/// development guard (drf-spectacular <c>SpectacularSwaggerView</c>/<c>SpectacularRedocView</c>,
/// drf-yasg <c>schema_view.with_ui(...)</c>, flasgger <c>Swagger(app)</c>). FastAPI's default
/// <c>/docs</c> is framework behaviour every app has and is not reported.
/// </summary>
internal sealed class ApiExplorerCheck : IPythonCheck
{
    public void VisitCall(PyCallSite call, PyFlow flow)
    {
        if (flow.InDevelopmentOnly)
        {
            return;
        }

        var canonical = PyNames.Canonical(flow.File.Module, call.Callee);
        string? what = null;
        if (call.KeywordIs(flow.Tokens, "graphiql", "True"))
        {
            what = $"`{call.Callee}(graphiql=True)` serves the GraphiQL IDE";
        }
        else if (call.Keyword("graphql_ide") is { } ide && flow.ConstantString(ide.Start, ide.End) is { Length: > 0 } name)
        {
            what = $"`{call.Callee}(graphql_ide=\"{name}\")` serves a GraphQL IDE";
        }
        else if (call.Callee is "SpectacularSwaggerView.as_view" or "SpectacularRedocView.as_view" or "SpectacularSwaggerSplitView.as_view" || call.LastName == "with_ui")
        {
            what = $"`{call.Callee}(...)` serves interactive API documentation";
        }
        else if (canonical is "flasgger.Swagger")
        {
            what = "`Swagger(app)` serves Swagger UI (/apidocs)";
        }

        if (what is not null)
        {
            flow.File.Report(CodeRules.ApiExplorerExposed, call.Line, what + " outside a development-only condition", call.Callee, null, flow.Text(call.CalleeStart, call.Close + 1));
        }
    }
}
