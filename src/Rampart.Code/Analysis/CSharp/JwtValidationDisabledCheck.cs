using Microsoft.CodeAnalysis.CSharp.Syntax;
using Rampart.Code.CSharp;
using Rampart.Core.Findings;
using Rampart.Core.Rules;

namespace Rampart.Code.Analysis.CSharp;

/// <summary>
/// TokenValidationParameters that switch a check off: the signature (ValidateIssuerSigningKey,
/// RequireSignedTokens, a SignatureValidator that skips it) and lifetime are high, issuer and audience medium.
/// </summary>
internal sealed class JwtValidationDisabledCheck : ICSharpCheck
{
    private static readonly Dictionary<string, Severity> Switches = new(StringComparer.Ordinal)
    {
        ["ValidateIssuerSigningKey"] = Severity.High, ["RequireSignedTokens"] = Severity.High, ["ValidateLifetime"] = Severity.High, ["RequireExpirationTime"] = Severity.High,
        ["ValidateIssuer"] = Severity.Medium, ["ValidateAudience"] = Severity.Medium,
    };

    public Rule Rule => CodeRules.JwtValidationDisabled;

    public IEnumerable<Finding> Check(CSharpFile file)
    {
        foreach (var assignment in file.Root.DescendantNodes().OfType<AssignmentExpressionSyntax>())
        {
            var setting = assignment.Left.ToString().Split('.')[^1];
            if (Switches.TryGetValue(setting, out var severity) && assignment.Right.ToString() == "false" && !CSharpSyntax.IsDevelopmentOnly(assignment))
            {
                yield return CodeFinding.Create(Rule, file.LocationOf(assignment), $"{setting} = false: tokens are accepted without that check", setting, null, CSharpFile.Snippet(assignment), severity);
            }
            else if (setting == "SignatureValidator" && SkipsSignature(assignment.Right))
            {
                yield return CodeFinding.Create(Rule, file.LocationOf(assignment), "SignatureValidator returns the token without validating its signature: tokens from anyone are accepted", setting, null, CSharpFile.Snippet(assignment), Severity.Critical);
            }
        }
    }

    /// <summary><c>(token, parameters) => new JwtSecurityToken(token)</c> or <c>new JsonWebToken(token)</c>: parses, never checks.</summary>
    private static bool SkipsSignature(ExpressionSyntax validator) =>
        validator is LambdaExpressionSyntax lambda
        && !lambda.DescendantNodes().OfType<InvocationExpressionSyntax>().Any(i => CSharpSyntax.MethodName(i) is { } n && n.Contains("Validate", StringComparison.Ordinal))
        && lambda.DescendantNodes().OfType<ObjectCreationExpressionSyntax>().Any(c => c.Type.ToString() is "JwtSecurityToken" or "JsonWebToken");
}
