using Rampart.Code.CSharp;
using Rampart.Core.Findings;
using Rampart.Core.Rules;

namespace Rampart.Code.Analysis.CSharp;

/// <summary>Swagger/OpenAPI UIs and GraphQL IDEs mapped outside an IsDevelopment guard.</summary>
internal sealed class ApiExplorerExposedCheck : ICSharpCheck
{
    private static readonly HashSet<string> ExplorerCalls = new(StringComparer.Ordinal)
    {
        "UseSwaggerUI", "UseReDoc", "MapScalarApiReference", "UseGraphQLPlayground", "UseGraphQLVoyager", "UseGraphQLAltair", "UseGraphQLGraphiQL", "MapBananaCakePop", "MapNitroApp", "UseGraphiQl",
    };

    public Rule Rule => CodeRules.ApiExplorerExposed;

    public IEnumerable<Finding> Check(CSharpFile file)
    {
        foreach (var call in file.Invocations)
        {
            if (CSharpSyntax.MethodName(call) is { } name && ExplorerCalls.Contains(name) && !CSharpSyntax.IsDevelopmentOnly(call))
            {
                yield return CodeFinding.Create(Rule, file.LocationOf(call), $"{name}() serves interactive API documentation in every environment: the full map of endpoints for anyone", name, null, CSharpFile.Snippet(call));
            }
        }
    }
}
