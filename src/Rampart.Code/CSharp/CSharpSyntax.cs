using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Rampart.Code.CSharp;

/// <summary>Small questions about C# syntax that the route inventory and the code rules both ask.</summary>
internal static class CSharpSyntax
{
    /// <summary>The invoked method's name: <c>FromSqlRaw</c> for <c>db.Users.FromSqlRaw(...)</c>.</summary>
    public static string? MethodName(InvocationExpressionSyntax invocation) => invocation.Expression switch
    {
        MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        GenericNameSyntax generic => generic.Identifier.ValueText,
        MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
        _ => null,
    };

    /// <summary>The receiver text of a member call: <c>_logger</c> for <c>_logger.LogInformation(...)</c>.</summary>
    public static string ReceiverOf(InvocationExpressionSyntax invocation) =>
        (invocation.Expression as MemberAccessExpressionSyntax)?.Expression.ToString() ?? "";

    /// <summary>+1 when a condition holds only in Development (<c>env.IsDevelopment()</c>), -1 when only outside it, 0 when it says neither.</summary>
    public static int DevelopmentCondition(ExpressionSyntax condition) => condition switch
    {
        PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalNotExpression } not => -DevelopmentCondition(not.Operand),
        ParenthesizedExpressionSyntax parenthesized => DevelopmentCondition(parenthesized.Expression),
        BinaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalAndExpression } and => Math.Max(DevelopmentCondition(and.Left), DevelopmentCondition(and.Right)),
        InvocationExpressionSyntax invocation => MethodName(invocation) switch
        {
            "IsDevelopment" => 1,
            "IsProduction" or "IsStaging" => -1,
            "IsEnvironment" when invocation.ArgumentList.Arguments.FirstOrDefault()?.ToString().Contains("Development", StringComparison.Ordinal) == true => 1,
            _ => 0,
        },
        IdentifierNameSyntax { Identifier.ValueText: "isDevelopment" or "IsDevelopment" or "isDev" or "IsDev" } => 1,
        _ => condition.ToString().Contains("Debugger.IsAttached", StringComparison.Ordinal) ? 1 : 0,
    };

    /// <summary>True inside <c>if (env.IsDevelopment())</c>, the else branch of its negation, or the matching arm of a conditional.</summary>
    public static bool IsDevelopmentOnly(SyntaxNode node)
    {
        for (var child = node; child.Parent is { } parent; child = parent)
        {
            switch (parent)
            {
                case IfStatementSyntax branch when DevelopmentCondition(branch.Condition) is var c && (c > 0 && child == branch.Statement || c < 0 && child == branch.Else):
                    return true;
                case ElseClauseSyntax { Parent: IfStatementSyntax owner } when DevelopmentCondition(owner.Condition) < 0:
                    return true;
                case ConditionalExpressionSyntax ternary when DevelopmentCondition(ternary.Condition) is var t && (t > 0 && child == ternary.WhenTrue || t < 0 && child == ternary.WhenFalse):
                    return true;
            }
        }

        return false;
    }
}
