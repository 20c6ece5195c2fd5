using Microsoft.CodeAnalysis.CSharp.Syntax;
using Rampart.Core.Findings;
using Rampart.Core.Rules;

namespace Rampart.Code.Analysis.CSharp;

/// <summary>An API key, token or password read from the query string: Request.Query["api_key"], [FromQuery] string apiKey.</summary>
internal sealed class SecretInQueryStringCheck : ICSharpCheck
{
    public Rule Rule => CodeRules.SecretInQueryString;

    public IEnumerable<Finding> Check(CSharpFile file)
    {
        foreach (var node in file.Root.DescendantNodes())
        {
            var name = node switch
            {
                ElementAccessExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Query" }, ArgumentList.Arguments: [{ Expression: LiteralExpressionSyntax key }] } => key.Token.ValueText,
                InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "TryGetValue", Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Query" } }, ArgumentList.Arguments: [{ Expression: LiteralExpressionSyntax key }, ..] } => key.Token.ValueText,
                ParameterSyntax parameter when parameter.AttributeLists.SelectMany(l => l.Attributes).FirstOrDefault(a => a.Name.ToString() is "FromQuery" or "FromQueryAttribute") is { } fromQuery =>
                    fromQuery.ArgumentList?.Arguments.FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == "Name")?.Expression is LiteralExpressionSyntax alias ? alias.Token.ValueText : parameter.Identifier.ValueText,
                _ => null,
            };
            if (name is not null && SensitiveNames.IsSensitive(name) && !Routes.RouteSensitivityClassifier.Words(name).Contains("csrf"))
            {
                yield return CodeFinding.Create(Rule, file.LocationOf(node), $"the secret `{name}` is read from the query string: URLs are kept in server, proxy and browser logs", "query string", name, CSharpFile.Snippet(node));
            }
        }
    }
}
