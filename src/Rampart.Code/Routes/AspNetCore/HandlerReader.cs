using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Rampart.Code.CSharp;

namespace Rampart.Code.Routes.AspNetCore;

/// <summary>Names a minimal API handler, finds the auth attributes on it and the facts of its body.</summary>
internal sealed class HandlerReader(CSharpProject project, AuthAttributeReader attributes)
{
    private readonly ILookup<string, MethodDeclarationSyntax> _methods = project.Classes
        .SelectMany(c => c.Members.OfType<MethodDeclarationSyntax>())
        .ToLookup(m => m.Identifier.ValueText, StringComparer.Ordinal);

    public (string Name, IReadOnlyList<AuthDeclaration> Declarations, HandlerFacts Body) Read(ExpressionSyntax handler)
    {
        switch (handler)
        {
            case ParenthesizedLambdaExpressionSyntax lambda:
                return ("lambda", attributes.Read(lambda.AttributeLists, "on the handler lambda").ToList(), Facts(lambda));
            case LambdaExpressionSyntax or AnonymousMethodExpressionSyntax:
                return ("lambda", [], Facts(handler));
            case IdentifierNameSyntax or MemberAccessExpressionSyntax:
                var name = handler is MemberAccessExpressionSyntax member ? member.Name.Identifier.ValueText : ((IdentifierNameSyntax)handler).Identifier.ValueText;
                var typeName = (handler as MemberAccessExpressionSyntax)?.Expression.ToString().Split('.')[^1];
                var method = _methods[name].FirstOrDefault(m => typeName is null || m.Ancestors().OfType<TypeDeclarationSyntax>().FirstOrDefault()?.Identifier.ValueText == typeName) ?? _methods[name].FirstOrDefault();
                var display = typeName is null ? name : $"{typeName}.{name}";
                return method is null
                    ? (display, [], HandlerFacts.Empty)
                    : (display, attributes.Read(method.AttributeLists, $"on {display}").ToList(), Facts(method));
            default:
                return (handler.ToString().Length > 40 ? handler.ToString()[..40] + "..." : handler.ToString(), [], Facts(handler));
        }
    }

    /// <summary>Identifiers and string contents of a handler body, from the syntax tree (comments never count).</summary>
    public static HandlerFacts Facts(SyntaxNode? body)
    {
        if (body is null)
        {
            return HandlerFacts.Empty;
        }

        var identifiers = new List<string>();
        var strings = new List<string>();
        foreach (var node in body.DescendantNodesAndSelf())
        {
            switch (node)
            {
                case SimpleNameSyntax name:
                    identifiers.Add(name.Identifier.ValueText);
                    break;
                case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression):
                    strings.Add(literal.Token.ValueText);
                    break;
                case InterpolatedStringTextSyntax text:
                    strings.Add(text.TextToken.ValueText);
                    break;
            }
        }

        return new HandlerFacts(identifiers, strings);
    }
}
