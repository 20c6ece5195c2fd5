using Microsoft.CodeAnalysis.CSharp.Syntax;
using Rampart.Core.Findings;
using Rampart.Core.Rules;

namespace Rampart.Code.Analysis.CSharp;

/// <summary>W3C or HTTP logging configured with the query string (UriQuery, RequestQuery, All).</summary>
internal sealed class QueryStringLoggedCheck : ICSharpCheck
{
    public Rule Rule => CodeRules.QueryStringLogged;

    public IEnumerable<Finding> Check(CSharpFile file)
    {
        foreach (var assignment in file.Root.DescendantNodes().OfType<AssignmentExpressionSyntax>())
        {
            if (assignment.Left.ToString().Split('.')[^1] != "LoggingFields")
            {
                continue;
            }

            var fields = assignment.Right.DescendantNodesAndSelf().OfType<MemberAccessExpressionSyntax>()
                .Where(m => m.Expression.ToString() is "W3CLoggingFields" or "HttpLoggingFields" && m.Name.Identifier.ValueText is "All" or "UriQuery" or "RequestQuery" or "RequestPropertiesAndHeaders" or "Request")
                .Select(m => m.ToString())
                .FirstOrDefault();
            if (fields is not null && !assignment.Right.ToString().Contains('~'))
            {
                yield return CodeFinding.Create(Rule, file.LocationOf(assignment), $"request logging records the query string ({fields}): API keys and reset tokens in URLs end up in the log", "LoggingFields", null, CSharpFile.Snippet(assignment));
            }
        }
    }
}
