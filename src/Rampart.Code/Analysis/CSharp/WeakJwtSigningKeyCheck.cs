using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Rampart.Code.CSharp;
using Rampart.Core.Findings;
using Rampart.Core.Rules;

namespace Rampart.Code.Analysis.CSharp;

/// <summary>A SymmetricSecurityKey made from a string literal or constant in the source (the key itself is never quoted).</summary>
internal sealed class WeakJwtSigningKeyCheck : ICSharpCheck
{
    /// <summary>The literal that holds the key: here, or in the declaration of the constant it names.</summary>
    private static SourceLocation? LiteralSpan(ExpressionSyntax text, CSharpFile file)
    {
        var literal = text as LiteralExpressionSyntax
            ?? file.Model.GetSymbolInfo(text).Symbol?.DeclaringSyntaxReferences.Select(r => r.GetSyntax()).OfType<VariableDeclaratorSyntax>().Select(v => v.Initializer?.Value).OfType<LiteralExpressionSyntax>().FirstOrDefault();
        if (literal is null)
        {
            return null;
        }

        var span = literal.GetLocation().GetLineSpan();
        return new SourceLocation(span.Path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1, span.EndLinePosition.Line + 1, span.EndLinePosition.Character + 1);
    }

    public Rule Rule => CodeRules.WeakJwtSigningKey;

    public IEnumerable<Finding> Check(CSharpFile file)
    {
        foreach (var creation in file.Root.DescendantNodes().OfType<ObjectCreationExpressionSyntax>())
        {
            if (creation.Type.ToString().Split('.')[^1] != "SymmetricSecurityKey" || creation.ArgumentList?.Arguments.FirstOrDefault()?.Expression is not { } bytes)
            {
                continue;
            }

            // Encoding.UTF8.GetBytes("...") or GetBytes(SomeConstant)
            var text = bytes is InvocationExpressionSyntax { ArgumentList.Arguments: [var only] } && CSharpSyntax.MethodName((InvocationExpressionSyntax)bytes) == "GetBytes" ? only.Expression : null;
            if (text is null)
            {
                continue;
            }

            var constant = text is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression) ? literal.Token.ValueText : file.Project.ConstantString(text);
            if (constant is null)
            {
                continue;
            }

            var shortNote = constant.Length < 32 ? $", and at {constant.Length} characters it is short enough to brute-force" : "";
            yield return CodeFinding.Create(Rule, file.LocationOf(creation), $"the JWT signing key is written in the source{shortNote}: whoever reads the repository can mint tokens", "SymmetricSecurityKey", null, $"SymmetricSecurityKey {text.GetType().Name} {constant.Length}", secretSpan: LiteralSpan(text, file));
        }
    }
}
