using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Rampart.Code.CSharp;
using Rampart.Code.Routes.Model;
using Rampart.Core.Findings;

namespace Rampart.Code.Routes.AspNetCore;

/// <summary>
/// What the app's service registrations and middleware pipeline say about auth: schemes, the
/// fallback policy, a global <c>AuthorizeFilter</c>, Razor Pages conventions, and where
/// UseRouting/UseAuthentication/UseAuthorization/UseEndpoints sit in the pipeline.
/// </summary>
internal sealed class PipelineFacts
{
    private static readonly HashSet<string> SchemeRegistrations = new(StringComparer.Ordinal)
    {
        "AddJwtBearer", "AddCookie", "AddOpenIdConnect", "AddMicrosoftIdentityWebApi", "AddMicrosoftIdentityWebApp", "AddMicrosoftIdentityWebAppAuthentication", "AddMicrosoftIdentityWebApiAuthentication",
        "AddNegotiate", "AddCertificate", "AddBearerToken", "AddIdentity", "AddDefaultIdentity", "AddIdentityApiEndpoints", "AddIdentityServerJwt", "AddAuth0WebAppAuthentication", "AddAuth0ApiAuthentication",
        "AddGoogle", "AddGitHub", "AddMicrosoftAccount", "AddFacebook", "AddTwitter", "AddOAuth", "AddScheme", "AddPolicyScheme", "AddAzureADB2CBearer", "AddAzureADBearer", "AddKeycloakWebApiAuthentication", "AddApiKeyInHeader", "AddBasic", "AddJwtBearerAuthentication",
    };

    private static readonly HashSet<string> AuthorizationServices = new(StringComparer.Ordinal)
    {
        "AddAuthorization", "AddAuthorizationBuilder", "AddAuthorizationCore", "AddControllers", "AddControllersWithViews", "AddMvc", "AddRazorPages",
        "AddRazorComponents", "AddServerSideBlazor", "AddCascadingAuthenticationState", "AddIdentity", "AddDefaultIdentity", "AddIdentityApiEndpoints", "AddMicrosoftIdentityWebApp", "AddMicrosoftIdentityWebApi",
    };

    public List<SourceLocation> Schemes { get; } = [];

    public bool AuthorizationServicesAdded { get; private set; }

    public AuthDeclaration? FallbackPolicy { get; private set; }

    public List<AuthDeclaration> GlobalFilters { get; } = [];

    public List<RazorPageConvention> PageConventions { get; } = [];

    /// <summary>WebApplication (minimal hosting, .NET 6+) rather than a Startup class with Configure(IApplicationBuilder).</summary>
    public bool MinimalHosting { get; private set; }

    public List<(string Call, int Order, SourceLocation Location)> Middleware { get; } = [];

    public static PipelineFacts Collect(CSharpProject project)
    {
        var facts = new PipelineFacts();
        foreach (var tree in project.Compilation.SyntaxTrees)
        {
            foreach (var node in tree.GetRoot().DescendantNodes())
            {
                switch (node)
                {
                    case InvocationExpressionSyntax invocation:
                        facts.Observe(invocation);
                        break;
                    case AssignmentExpressionSyntax { Left: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "FallbackPolicy" } } assignment:
                        facts.SetFallback(assignment.Right, assignment);
                        break;
                }
            }
        }

        return facts;
    }

    public void AddMiddleware(string call, int order, SourceLocation location) => Middleware.Add((call, order, location));

    public int? FirstOrder(string call) => Middleware.Where(m => m.Call == call).Select(m => (int?)m.Order).Min();

    private void Observe(InvocationExpressionSyntax invocation)
    {
        var name = CSharpSyntax.MethodName(invocation);
        if (name is null)
        {
            return;
        }

        if (SchemeRegistrations.Contains(name) || name == "AddAuthentication" && invocation.ArgumentList.Arguments.Count > 0)
        {
            Schemes.Add(CSharpProject.LocationOf(invocation));
        }

        if (AuthorizationServices.Contains(name))
        {
            AuthorizationServicesAdded = true;
        }

        if (name is "CreateBuilder" or "CreateSlimBuilder" or "CreateEmptyBuilder" && invocation.Expression.ToString().StartsWith("WebApplication", StringComparison.Ordinal))
        {
            MinimalHosting = true;
        }

        if (name == "SetFallbackPolicy" && invocation.ArgumentList.Arguments.FirstOrDefault() is { } policy)
        {
            SetFallback(policy.Expression, invocation);
        }

        if (name is "Add" or "AddService" && invocation.Expression is MemberAccessExpressionSyntax { Expression: var target } && target.ToString().EndsWith("Filters", StringComparison.Ordinal))
        {
            AddGlobalFilter(invocation);
        }

        if (RazorPageConvention.TryRead(invocation, name) is { } convention)
        {
            PageConventions.Add(convention);
        }
    }

    private void AddGlobalFilter(InvocationExpressionSyntax invocation)
    {
        var argument = invocation.ArgumentList.Arguments.FirstOrDefault()?.Expression;
        var generic = (invocation.Expression as MemberAccessExpressionSyntax)?.Name as GenericNameSyntax;
        var filterType = argument switch
        {
            ObjectCreationExpressionSyntax creation => creation.Type.ToString(),
            TypeOfExpressionSyntax typeOf => typeOf.Type.ToString(),
            _ => generic?.TypeArgumentList.Arguments.FirstOrDefault()?.ToString(),
        };
        if (filterType is null || AuthAttributeReader.Normalise(filterType) != "AuthorizeFilter")
        {
            return;
        }

        var requirement = AuthRequirement.AnyUser;
        if (argument is ObjectCreationExpressionSyntax { ArgumentList.Arguments: [var first, ..] })
        {
            requirement = first.Expression is LiteralExpressionSyntax literal ? AuthAttributeReader.Add(requirement, "policy", literal.Token.ValueText) : PolicyRequirement(first.Expression);
        }

        GlobalFilters.Add(new AuthDeclaration(AuthEffect.Requires, requirement, "global `AuthorizeFilter` added to the MVC filters", CSharpProject.LocationOf(invocation)));
    }

    private void SetFallback(ExpressionSyntax policy, SyntaxNode at)
    {
        if (policy is LiteralExpressionSyntax { Token.ValueText: "null" } || policy.ToString() == "null")
        {
            FallbackPolicy = null;
            return;
        }

        FallbackPolicy = new AuthDeclaration(AuthEffect.Requires, PolicyRequirement(policy), "fallback authorization policy", CSharpProject.LocationOf(at));
    }

    /// <summary>Roles and schemes of <c>new AuthorizationPolicyBuilder("Bearer").RequireAuthenticatedUser().RequireRole("Admin").Build()</c>.</summary>
    private static AuthRequirement PolicyRequirement(ExpressionSyntax policy)
    {
        var requirement = AuthRequirement.AnyUser;
        foreach (var call in policy.DescendantNodesAndSelf().OfType<InvocationExpressionSyntax>())
        {
            if (CSharpSyntax.MethodName(call) == "RequireRole")
            {
                foreach (var argument in call.ArgumentList.Arguments)
                {
                    if (AuthAttributeReader.Literal(argument.Expression) is { } role)
                    {
                        requirement = AuthAttributeReader.Add(requirement, "roles", role);
                    }
                }
            }
        }

        foreach (var creation in policy.DescendantNodesAndSelf().OfType<ObjectCreationExpressionSyntax>())
        {
            foreach (var argument in creation.ArgumentList?.Arguments ?? [])
            {
                if (argument.Expression is LiteralExpressionSyntax literal)
                {
                    requirement = AuthAttributeReader.Add(requirement, "authenticationschemes", literal.Token.ValueText);
                }
            }
        }

        return requirement;
    }
}
