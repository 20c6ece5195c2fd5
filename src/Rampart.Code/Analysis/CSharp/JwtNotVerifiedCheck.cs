using Microsoft.CodeAnalysis.CSharp.Syntax;
using Rampart.Core.Findings;
using Rampart.Core.Rules;

namespace Rampart.Code.Analysis.CSharp;

/// <summary>
/// A JWT read with JwtSecurityTokenHandler.ReadJwtToken/ReadToken (or JsonWebTokenHandler.ReadJsonWebToken)
/// whose claims are then used, in a function that never validates a token.
/// </summary>
internal sealed class JwtNotVerifiedCheck : ICSharpCheck
{
    public Rule Rule => CodeRules.JwtNotVerified;

    public IEnumerable<Finding> Check(CSharpFile file)
    {
        foreach (var call in file.Invocations)
        {
            if (CSharpFile.NameOf(call) is not ("ReadJwtToken" or "ReadToken" or "ReadJsonWebToken"))
            {
                continue;
            }

            var function = RequestTaintFunction(call);
            var validates = function.DescendantNodes().OfType<InvocationExpressionSyntax>().Any(i => CSharpFile.NameOf(i) is "ValidateToken" or "ValidateTokenAsync");
            var claimsUsed = function.DescendantNodes().OfType<MemberAccessExpressionSyntax>().Any(m => m.Name.Identifier.ValueText is "Claims" or "Payload" or "Subject" or "GetClaim" or "TryGetClaim" or "TryGetPayloadValue");
            if (!validates && claimsUsed)
            {
                yield return CodeFinding.Create(Rule, file.LocationOf(call), $"{CSharpFile.NameOf(call)} decodes the token without checking its signature, and its claims are used: anyone can forge them", CSharpFile.NameOf(call)!, null, CSharpFile.Snippet(call));
            }
        }
    }

    private static Microsoft.CodeAnalysis.SyntaxNode RequestTaintFunction(InvocationExpressionSyntax call) => RequestTaint.FunctionOf(call);
}
