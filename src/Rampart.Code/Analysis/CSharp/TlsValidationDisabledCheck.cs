using Microsoft.CodeAnalysis.CSharp.Syntax;
using Rampart.Code.CSharp;
using Rampart.Core.Findings;
using Rampart.Core.Rules;

namespace Rampart.Code.Analysis.CSharp;

/// <summary>A certificate validation callback that accepts everything (returns true), or DangerousAcceptAnyServerCertificateValidator.</summary>
internal sealed class TlsValidationDisabledCheck : ICSharpCheck
{
    public Rule Rule => CodeRules.TlsValidationDisabled;

    public IEnumerable<Finding> Check(CSharpFile file)
    {
        foreach (var assignment in file.Root.DescendantNodes().OfType<AssignmentExpressionSyntax>())
        {
            var target = assignment.Left.ToString().Split('.')[^1];
            if (target is not ("ServerCertificateCustomValidationCallback" or "ServerCertificateValidationCallback" or "RemoteCertificateValidationCallback" or "CertificateValidationCallback" or "ClientCertificateValidation"))
            {
                continue;
            }

            if (AcceptsEverything(assignment.Right) && !CSharpSyntax.IsDevelopmentOnly(assignment))
            {
                yield return CodeFinding.Create(Rule, file.LocationOf(assignment), $"{target} accepts every certificate: anyone on the network path can read and change the traffic", target, null, CSharpFile.Snippet(assignment));
            }
        }
    }

    private static bool AcceptsEverything(ExpressionSyntax callback) => callback switch
    {
        LambdaExpressionSyntax { ExpressionBody: LiteralExpressionSyntax { Token.ValueText: "true" } } => true,
        LambdaExpressionSyntax { Block.Statements: [ReturnStatementSyntax { Expression: LiteralExpressionSyntax { Token.ValueText: "true" } }] } => true,
        AnonymousMethodExpressionSyntax { Block.Statements: [ReturnStatementSyntax { Expression: LiteralExpressionSyntax { Token.ValueText: "true" } }] } => true,
        MemberAccessExpressionSyntax { Name.Identifier.ValueText: "DangerousAcceptAnyServerCertificateValidator" } => true,
        _ => false,
    };
}
