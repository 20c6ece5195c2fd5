using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Rampart.Code.Analysis.CSharp;

/// <summary>Whether code only runs in Development: inside <c>if (env.IsDevelopment())</c> or the else branch of its negation.</summary>
internal static class DevelopmentGuard
{
    public static bool IsGuarded(SyntaxNode node)
    {
        for (var child = node; child.Parent is { } parent; child = parent)
        {
            if (parent is IfStatementSyntax branch)
            {
                var condition = Condition(branch.Condition);
                if (condition > 0 && child == branch.Statement || condition < 0 && child == branch.Else)
                {
                    return true;
                }
            }
            else if (parent is ElseClauseSyntax elseClause && elseClause.Parent is IfStatementSyntax owner && Condition(owner.Condition) < 0)
            {
                return true;
            }
            else if (parent is ConditionalExpressionSyntax ternary && Condition(ternary.Condition) is var c && (c > 0 && child == ternary.WhenTrue || c < 0 && child == ternary.WhenFalse))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>+1 when the condition holds only in Development, -1 when it holds only outside it, 0 when it says neither.</summary>
    private static int Condition(ExpressionSyntax condition) => condition switch
    {
        PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalNotExpression } not => -Condition(not.Operand),
        ParenthesizedExpressionSyntax parenthesized => Condition(parenthesized.Expression),
        BinaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalAndExpression } and => Math.Max(Condition(and.Left), Condition(and.Right)),
        InvocationExpressionSyntax invocation => CSharpFile.NameOf(invocation) switch
        {
            "IsDevelopment" => 1,
            "IsProduction" or "IsStaging" => -1,
            "IsEnvironment" when invocation.ArgumentList.Arguments.FirstOrDefault()?.ToString().Contains("Development", StringComparison.Ordinal) == true => 1,
            _ => 0,
        },
        IdentifierNameSyntax { Identifier.ValueText: "isDevelopment" or "IsDevelopment" or "isDev" or "IsDev" } => 1,
        _ => condition.ToString().Contains("Debugger.IsAttached", StringComparison.Ordinal) ? 1 : 0,
    };
}
