using Microsoft.CodeAnalysis.CSharp.Syntax;
using Rampart.Code.CSharp;
using Rampart.Core.Findings;
using Rampart.Core.Rules;

namespace Rampart.Code.Analysis.CSharp;

/// <summary>
/// A CORS policy that allows any origin (SetIsOriginAllowed(_ => true), AllowAnyOrigin, WithOrigins("*"))
/// together with AllowCredentials in the same policy, or an Access-Control-Allow-Origin header copied
/// from the request's Origin.
/// </summary>
internal sealed class PermissiveCorsCheck : ICSharpCheck
{
    public Rule Rule => CodeRules.PermissiveCors;

    public IEnumerable<Finding> Check(CSharpFile file)
    {
        foreach (var call in file.Invocations)
        {
            if (CSharpSyntax.MethodName(call) == "AllowCredentials" && AnyOrigin(call) is { } anyOrigin)
            {
                yield return CodeFinding.Create(Rule, file.LocationOf(call), $"the CORS policy allows any origin ({anyOrigin}) with credentials: any website can call the API as the signed-in user", "AllowCredentials", null, CSharpFile.Snippet(call));
            }
        }

        foreach (var node in file.Root.DescendantNodes())
        {
            var (header, value) = node switch
            {
                AssignmentExpressionSyntax { Left: ElementAccessExpressionSyntax target } assignment => (target.ArgumentList.Arguments.FirstOrDefault()?.ToString() ?? target.Expression.ToString(), assignment.Right),
                AssignmentExpressionSyntax { Left: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "AccessControlAllowOrigin" } } typed => ("AccessControlAllowOrigin", typed.Right),
                InvocationExpressionSyntax { ArgumentList.Arguments: [var name, var added] } call when CSharpSyntax.MethodName(call) is "Append" or "Add" or "TryAdd" => (name.ToString(), added.Expression),
                _ => ("", null),
            };
            if (value is not null && header.Contains("Access-Control-Allow-Origin", StringComparison.OrdinalIgnoreCase) | header == "AccessControlAllowOrigin"
                && value.ToString().Contains("Origin", StringComparison.Ordinal) && value.ToString().Contains("Request", StringComparison.Ordinal))
            {
                yield return CodeFinding.Create(Rule, file.LocationOf(node), "Access-Control-Allow-Origin is copied from the request's Origin header: every website is allowed", "Access-Control-Allow-Origin", "Origin header", CSharpFile.Snippet(node));
            }
        }
    }

    /// <summary>The any-origin call in the same builder chain or policy lambda as AllowCredentials.</summary>
    private static string? AnyOrigin(InvocationExpressionSyntax allowCredentials)
    {
        var scope = allowCredentials.Ancestors().FirstOrDefault(a => a is LambdaExpressionSyntax or StatementSyntax) ?? allowCredentials;
        foreach (var call in scope.DescendantNodesAndSelf().OfType<InvocationExpressionSyntax>())
        {
            switch (CSharpSyntax.MethodName(call))
            {
                case "AllowAnyOrigin":
                    return "AllowAnyOrigin()";
                case "WithOrigins" when call.ArgumentList.Arguments.Any(a => a.ToString() == "\"*\""):
                    return "WithOrigins(\"*\")";
                case "SetIsOriginAllowed" when call.ArgumentList.Arguments.FirstOrDefault()?.Expression is LambdaExpressionSyntax { ExpressionBody: LiteralExpressionSyntax { Token.ValueText: "true" } }:
                    return "SetIsOriginAllowed(_ => true)";
            }
        }

        return null;
    }
}
