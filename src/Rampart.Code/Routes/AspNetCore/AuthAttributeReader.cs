using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Rampart.Code.CSharp;
using Rampart.Code.Routes.Model;
using Rampart.Core.Configuration;

namespace Rampart.Code.Routes.AspNetCore;

/// <summary>
/// Reads auth attributes: <c>[Authorize(...)]</c>, <c>[AllowAnonymous]</c>, the project's own
/// attributes that derive from <c>AuthorizeAttribute</c> or implement an authorization filter,
/// <c>[TypeFilter]</c>/<c>[ServiceFilter]</c> of such a filter, and names from <c>routes:</c> in .rampart.yml.
/// </summary>
internal sealed class AuthAttributeReader
{
    private static readonly string[] FilterInterfaces = ["IAuthorizationFilter", "IAsyncAuthorizationFilter"];

    private readonly Dictionary<string, AuthRequirement> _authorizeLike = new(StringComparer.Ordinal);
    private readonly HashSet<string> _authFilters = new(StringComparer.Ordinal);
    private readonly HashSet<string> _configAuth;
    private readonly HashSet<string> _configPublic;
    private readonly CSharpProject _project;

    public AuthAttributeReader(CSharpProject project, RouteVocabulary vocabulary)
    {
        _project = project;
        _configAuth = vocabulary.Auth.Select(Normalise).ToHashSet(StringComparer.Ordinal);
        _configPublic = vocabulary.Public.Select(Normalise).ToHashSet(StringComparer.Ordinal);
        foreach (var type in project.Classes)
        {
            var baseNames = type.BaseList?.Types.Select(t => Normalise(t.Type.ToString())).ToList() ?? [];
            var name = Normalise(type.Identifier.ValueText);
            if (baseNames.Contains("Authorize"))
            {
                _authorizeLike[name] = RequirementFromConstructor(type);
            }
            else if (baseNames.Any(b => FilterInterfaces.Contains(b + "Attribute") || FilterInterfaces.Contains(b)))
            {
                _authFilters.Add(name);
            }
        }
    }

    /// <summary>The auth declarations among these attribute lists; <paramref name="where"/> completes the description ("on OrdersController").</summary>
    public IEnumerable<AuthDeclaration> Read(SyntaxList<AttributeListSyntax> lists, string where)
    {
        foreach (var attribute in lists.SelectMany(l => l.Attributes))
        {
            if (Read(attribute, where) is { } declaration)
            {
                yield return declaration;
            }
        }
    }

    public AuthDeclaration? Read(AttributeSyntax attribute, string where)
    {
        var name = Normalise(attribute.Name.ToString());
        var location = CSharpProject.LocationOf(attribute);
        var text = $"[{attribute}]";
        if (name == "AllowAnonymous" || _configPublic.Contains(name))
        {
            return new AuthDeclaration(AuthEffect.AllowsAnonymous, AuthRequirement.AnyUser, $"`{text}` {where}", location);
        }

        if (name == "Authorize")
        {
            return new AuthDeclaration(AuthEffect.Requires, RequirementOf(attribute), $"`{text}` {where}", location);
        }

        if (_authorizeLike.TryGetValue(name, out var requirement))
        {
            return new AuthDeclaration(AuthEffect.Requires, requirement.Combine(RequirementOf(attribute)), $"`{text}` (derives from AuthorizeAttribute) {where}", location);
        }

        if (_authFilters.Contains(name) || _configAuth.Contains(name))
        {
            return new AuthDeclaration(AuthEffect.Requires, AuthRequirement.AnyUser, $"`{text}` ({(_configAuth.Contains(name) ? "auth name from .rampart.yml" : "custom authorization filter")}) {where}", location);
        }

        if (name is "TypeFilter" or "ServiceFilter" && attribute.ArgumentList?.Arguments.FirstOrDefault()?.Expression is TypeOfExpressionSyntax typeOf
            && (_authFilters.Contains(Normalise(typeOf.Type.ToString())) || _configAuth.Contains(Normalise(typeOf.Type.ToString()))))
        {
            return new AuthDeclaration(AuthEffect.Requires, AuthRequirement.AnyUser, $"`{text}` (authorization filter) {where}", location);
        }

        return null;
    }

    /// <summary>Policy, roles and schemes of <c>[Authorize("Policy")]</c>, <c>[Authorize(Roles = "A,B")]</c> and the like.</summary>
    public AuthRequirement RequirementOf(AttributeSyntax attribute)
    {
        var requirement = AuthRequirement.AnyUser;
        foreach (var argument in attribute.ArgumentList?.Arguments ?? [])
        {
            var value = _project.ConstantString(argument.Expression) ?? Literal(argument.Expression);
            if (value is null)
            {
                continue;
            }

            var name = argument.NameEquals?.Name.Identifier.ValueText ?? argument.NameColon?.Name.Identifier.ValueText ?? "Policy";
            requirement = Add(requirement, name.ToLowerInvariant(), value);
        }

        return requirement;
    }

    /// <summary>Adds a <c>Policy</c>, <c>Roles</c> or <c>AuthenticationSchemes</c> value (comma lists split).</summary>
    public static AuthRequirement Add(AuthRequirement requirement, string kind, string value)
    {
        var parts = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return kind switch
        {
            "roles" => requirement.Combine(new AuthRequirement { Roles = parts }),
            "authenticationschemes" => requirement.Combine(new AuthRequirement { Schemes = parts }),
            "policy" => requirement.Combine(new AuthRequirement { Policies = [value] }),
            _ => requirement,
        };
    }

    /// <summary>A string the source spells out: a literal, a nameof, or a constant's short name as a last resort.</summary>
    public static string? Literal(ExpressionSyntax expression) => expression switch
    {
        LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression) => literal.Token.ValueText,
        InvocationExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "nameof" } } nameOf => nameOf.ArgumentList.Arguments[0].Expression.ToString().Split('.')[^1],
        MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        _ => null,
    };

    /// <summary><c>Microsoft.AspNetCore.Authorization.AuthorizeAttribute</c> and <c>Authorize</c> are the same name.</summary>
    public static string Normalise(string name)
    {
        var shortName = name.Split('.')[^1];
        var generic = shortName.IndexOf('<');
        if (generic > 0)
        {
            shortName = shortName[..generic];
        }

        return shortName.EndsWith("Attribute", StringComparison.Ordinal) && shortName.Length > "Attribute".Length ? shortName[..^"Attribute".Length] : shortName;
    }

    /// <summary><c>public AdminOnlyAttribute() { Roles = "Admin"; }</c> or <c>: base("Policy")</c>.</summary>
    private static AuthRequirement RequirementFromConstructor(ClassDeclarationSyntax type)
    {
        var requirement = AuthRequirement.AnyUser;
        foreach (var constructor in type.Members.OfType<ConstructorDeclarationSyntax>())
        {
            if (constructor.Initializer?.ArgumentList.Arguments.FirstOrDefault() is { } baseArgument && Literal(baseArgument.Expression) is { } policy && baseArgument.Expression is LiteralExpressionSyntax)
            {
                requirement = Add(requirement, "policy", policy);
            }

            foreach (var assignment in constructor.DescendantNodes().OfType<AssignmentExpressionSyntax>())
            {
                if (assignment.Right is LiteralExpressionSyntax && Literal(assignment.Right) is { } value)
                {
                    requirement = Add(requirement, assignment.Left.ToString().Split('.')[^1].ToLowerInvariant(), value);
                }
            }
        }

        return requirement;
    }
}
