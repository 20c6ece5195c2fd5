using Microsoft.CodeAnalysis.CSharp.Syntax;
using Rampart.Code.CSharp;
using Rampart.Core.Findings;
using Rampart.Core.Rules;

namespace Rampart.Code.Analysis.CSharp;

/// <summary>All request headers, cookies, the form or the raw body passed to a logger.</summary>
internal sealed class RequestLoggedWholeCheck : ICSharpCheck
{
    public Rule Rule => CodeRules.RequestLoggedWhole;

    public IEnumerable<Finding> Check(CSharpFile file)
    {
        foreach (var call in file.Invocations)
        {
            var whole = LoggingCalls.LoggedArguments(call)?
                .Select(a => a.Expression)
                .SelectMany(e => e is InterpolatedStringExpressionSyntax s ? s.Contents.OfType<InterpolationSyntax>().Select(h => h.Expression) : [e])
                .FirstOrDefault(IsWholeRequestPart);
            if (whole is not null)
            {
                yield return CodeFinding.Create(Rule, file.LocationOf(call), $"`{whole}` is written to the log whole: it carries Authorization headers, cookies or passwords", $"{CSharpSyntax.ReceiverOf(call)}.{CSharpSyntax.MethodName(call)}", whole.ToString(), CSharpFile.Snippet(call));
            }
        }
    }

    private static bool IsWholeRequestPart(ExpressionSyntax expression)
    {
        var inner = expression is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "ToString" or "ToList" or "ToArray" or "ToDictionary" } access } ? access.Expression : expression;
        return inner is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Headers" or "Cookies" or "Form" or "Body" } member
            && member.Expression.ToString() is "Request" or "HttpContext.Request" or "context.Request" or "ctx.Request" or "httpContext.Request" or "request" or "req";
    }
}
