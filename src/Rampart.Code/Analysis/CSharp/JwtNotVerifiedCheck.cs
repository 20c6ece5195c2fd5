using Microsoft.CodeAnalysis.CSharp.Syntax;
using Rampart.Code.CSharp;
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
            if (CSharpSyntax.MethodName(call) is not ("ReadJwtToken" or "ReadToken" or "ReadJsonWebToken"))
            {
                continue;
            }

            var function = RequestTaint.FunctionOf(call);
            var validates = function.DescendantNodes().OfType<InvocationExpressionSyntax>().Any(i => CSharpSyntax.MethodName(i) is "ValidateToken" or "ValidateTokenAsync");
            var claimsUsed = function.DescendantNodes().OfType<MemberAccessExpressionSyntax>().Any(m => m.Name.Identifier.ValueText is "Claims" or "Payload" or "Subject" or "GetClaim" or "TryGetClaim" or "TryGetPayloadValue");
            if (!validates && claimsUsed)
            {
                yield return CodeFinding.Create(Rule, file.LocationOf(call), $"{CSharpSyntax.MethodName(call)} decodes the token without checking its signature, and its claims are used: anyone can forge them", CSharpSyntax.MethodName(call)!, null, CSharpFile.Snippet(call));
            }
        }
    }
}
