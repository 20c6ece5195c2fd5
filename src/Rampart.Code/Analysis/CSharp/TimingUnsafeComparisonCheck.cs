using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Rampart.Core.Findings;
using Rampart.Core.Rules;

namespace Rampart.Code.Analysis.CSharp;

/// <summary>
/// == / != / Equals between two non-constant values when one is a secret by name (API key,
/// token, signature, secret, HMAC) and the other comes from the request.
/// </summary>
internal sealed class TimingUnsafeComparisonCheck : ICSharpCheck
{
    public Rule Rule => CodeRules.TimingUnsafeComparison;

    public IEnumerable<Finding> Check(CSharpFile file)
    {
        foreach (var node in file.Root.DescendantNodes())
        {
            var (left, right) = node switch
            {
                BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.EqualsExpression) || binary.IsKind(SyntaxKind.NotEqualsExpression) => (binary.Left, binary.Right),
                InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Equals" } access, ArgumentList.Arguments: [var other, ..] } when access.Expression.ToString() is not ("string" or "String" or "object") => (access.Expression, other.Expression),
                InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Equals" }, ArgumentList.Arguments: [var first, var second, ..] } => (first.Expression, second.Expression),
                _ => (null!, null!),
            };
            if (left is null || IsConstant(left) || IsConstant(right))
            {
                continue;
            }

            var secretSide = IsSecret(left) ? left : IsSecret(right) ? right : null;
            var taint = file.TaintAt(node);
            if (secretSide is not null && (taint.IsTainted(left) || taint.IsTainted(right)))
            {
                yield return CodeFinding.Create(Rule, file.LocationOf(node), $"`{secretSide}` is compared with {(node is BinaryExpressionSyntax b ? b.OperatorToken.ValueText : "Equals")}: the comparison time leaks how much of a guess is right", "==", taint.SourceOf(left) ?? taint.SourceOf(right), CSharpFile.Snippet(node));
            }
        }
    }

    /// <summary>An API key, token, signature, HMAC or password hash by its name.</summary>
    private static bool IsSecret(ExpressionSyntax expression) =>
        LoggingCalls.ValueName(expression) is { } name && SensitiveNames.IsComparedSecret(name);

    private static bool IsConstant(ExpressionSyntax expression) =>
        expression is LiteralExpressionSyntax or DefaultExpressionSyntax
        || expression.ToString() is "string.Empty" or "String.Empty" or "null"
        || expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Length" or "Count" };
}
