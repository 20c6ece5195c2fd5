using Microsoft.CodeAnalysis.CSharp.Syntax;
using Rampart.Code.CSharp;
using Rampart.Core.Findings;
using Rampart.Core.Rules;

namespace Rampart.Code.Analysis.CSharp;

/// <summary>
/// A password hashed with MD5 or SHA-1 (any use), or with one SHA-2 pass and no salt in sight:
/// MD5.HashData(...), SHA256.Create().ComputeHash(...), HashAlgorithm.Create("MD5").
/// </summary>
internal sealed class WeakPasswordHashCheck : ICSharpCheck
{
    private static readonly HashSet<string> Broken = new(StringComparer.Ordinal) { "MD5", "SHA1", "MD5CryptoServiceProvider", "SHA1CryptoServiceProvider", "SHA1Managed" };
    private static readonly HashSet<string> Fast = new(StringComparer.Ordinal) { "SHA256", "SHA384", "SHA512", "SHA256Managed", "SHA512Managed" };

    public Rule Rule => CodeRules.WeakPasswordHash;

    public IEnumerable<Finding> Check(CSharpFile file)
    {
        foreach (var call in file.Invocations)
        {
            if (CSharpSyntax.MethodName(call) is not ("HashData" or "ComputeHash" or "HashDataAsync" or "ComputeHashAsync"))
            {
                continue;
            }

            var algorithm = Algorithm(call, file);
            var input = call.ArgumentList.Arguments.FirstOrDefault()?.Expression;
            if (algorithm is null || input is null || !MentionsPassword(input, call, file))
            {
                continue;
            }

            var salted = input.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>().Any(i => i.Identifier.ValueText.Contains("salt", StringComparison.OrdinalIgnoreCase) || i.Identifier.ValueText.Contains("pepper", StringComparison.OrdinalIgnoreCase));
            if (Broken.Contains(algorithm) || Fast.Contains(algorithm) && !salted)
            {
                yield return CodeFinding.Create(Rule, file.LocationOf(call), $"a password is hashed with {algorithm}{(Broken.Contains(algorithm) ? "" : " without a salt")}: fast hashes are cracked by the billion per second", algorithm, null, CSharpFile.Snippet(call));
            }
        }
    }

    /// <summary>MD5 in MD5.HashData(...), or the algorithm the receiver variable was created with.</summary>
    private static string? Algorithm(InvocationExpressionSyntax call, CSharpFile file)
    {
        var receiver = CSharpSyntax.ReceiverOf(call);
        var direct = receiver.Split('.')[^1];
        if (Broken.Contains(direct) || Fast.Contains(direct))
        {
            return direct;
        }

        // using var md5 = MD5.Create(); md5.ComputeHash(...)  /  MD5.Create().ComputeHash(...)
        var creation = (call.Expression as MemberAccessExpressionSyntax)?.Expression switch
        {
            InvocationExpressionSyntax created => created,
            IdentifierNameSyntax variable => RequestTaint.FunctionOf(call).DescendantNodes().OfType<VariableDeclaratorSyntax>().FirstOrDefault(v => v.Identifier.ValueText == variable.Identifier.ValueText)?.Initializer?.Value as InvocationExpressionSyntax,
            _ => null,
        };
        if (creation is null)
        {
            return null;
        }

        var createdFrom = CSharpSyntax.ReceiverOf(creation).Split('.')[^1];
        if (Broken.Contains(createdFrom) || Fast.Contains(createdFrom))
        {
            return createdFrom;
        }

        var named = creation.ArgumentList.Arguments.FirstOrDefault()?.Expression is LiteralExpressionSyntax literal ? literal.Token.ValueText.Replace("-", "", StringComparison.Ordinal).ToUpperInvariant() : null;
        return named is not null && (Broken.Contains(named) || Fast.Contains(named)) ? named : null;
    }

    /// <summary>The hashed bytes come from a password-named value (directly, or through a local).</summary>
    private static bool MentionsPassword(ExpressionSyntax input, InvocationExpressionSyntax call, CSharpFile file)
    {
        bool IsPassword(string name) => Routes.RouteSensitivityClassifier.Words(name).Any(w => w is "password" or "passwd" or "pwd" or "passphrase");
        foreach (var identifier in input.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>())
        {
            if (IsPassword(identifier.Identifier.ValueText))
            {
                return true;
            }

            var local = RequestTaint.FunctionOf(call).DescendantNodes().OfType<VariableDeclaratorSyntax>().FirstOrDefault(v => v.Identifier.ValueText == identifier.Identifier.ValueText);
            if (local?.Initializer?.Value.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>().Any(i => IsPassword(i.Identifier.ValueText)) == true)
            {
                return true;
            }
        }

        return false;
    }
}
