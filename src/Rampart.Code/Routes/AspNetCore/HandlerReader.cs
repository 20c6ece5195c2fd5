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

    /// <summary>
    /// A controller action's facts: its body plus the types of the class's fields, properties and
    /// constructor parameters, since injected clients (<c>OpenAIClient _openAi</c>) are declared there.
    /// </summary>
    public static HandlerFacts ActionFacts(MethodDeclarationSyntax action, TypeDeclarationSyntax controller)
    {
        var body = Facts(action);
        var injected = controller.Members.OfType<FieldDeclarationSyntax>().Select(f => f.Declaration.Type)
            .Concat(controller.Members.OfType<PropertyDeclarationSyntax>().Select(p => p.Type))
            .Concat(controller.Members.OfType<ConstructorDeclarationSyntax>().SelectMany(c => c.ParameterList.Parameters).Select(p => p.Type))
            .Concat(controller.ParameterList?.Parameters.Select(p => p.Type) ?? [])
            .OfType<TypeSyntax>()
            .SelectMany(t => t.DescendantNodesAndSelf().OfType<SimpleNameSyntax>())
            .Select(n => n.Identifier.ValueText);
        return new HandlerFacts([.. body.Identifiers, .. injected], body.Strings);
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
