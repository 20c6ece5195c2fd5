using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Rampart.Code.CSharp;
using Rampart.Code.Routes.Model;
using Rampart.Core.Findings;

namespace Rampart.Code.Routes.AspNetCore;

/// <summary>
/// Follows the endpoint registration code of an app (Program.cs top-level statements, Startup.Configure,
/// Main) statement by statement: which expression is the app, which a route group, what each Map
/// call registers, which conventions attach where, which blocks run only in Development, and the
/// order of the auth middleware. Calls into the project's own (extension) methods are followed with
/// their receiver bound, so groups built across files keep their prefixes and conventions.
/// </summary>
internal sealed class EndpointRegistrationWalker
{
    private const int MaxCallDepth = 8;

    private static readonly HashSet<string> PipelineCalls = new(StringComparer.Ordinal) { "UseRouting", "UseAuthentication", "UseAuthorization", "UseEndpoints" };

    private readonly CSharpProject _project;
    private readonly MapCallReader _maps;
    private readonly PipelineFacts _facts;
    private readonly AppNode _app = new();
    private readonly HashSet<SyntaxNode> _walkedMethods = [];
    private int _order;
    private int _depth;

    public EndpointRegistrationWalker(CSharpProject project, EndpointSources sources, PipelineFacts facts)
    {
        _project = project;
        _maps = new MapCallReader(project, sources);
        _facts = facts;
    }

    public List<EndpointNode> Endpoints { get; } = [];

    /// <summary>Walks every entry point, then every registering method nobody was seen calling.</summary>
    public void Walk()
    {
        var trees = _project.Compilation.SyntaxTrees;
        foreach (var unit in trees.Select(t => t.GetRoot()).OfType<CompilationUnitSyntax>())
        {
            var statements = unit.Members.OfType<GlobalStatementSyntax>().Select(g => g.Statement).ToList();
            if (statements.Count > 0)
            {
                WalkStatements(statements, new Scope(null), development: false);
            }
        }

        var methods = _project.Classes.SelectMany(c => c.Members.OfType<MethodDeclarationSyntax>()).ToList();
        foreach (var method in methods.Where(m => m.Identifier.ValueText is "Configure" or "Main" or "ConfigureEndpoints" or "MapEndpoints" && !IsExtensionLike(m)))
        {
            WalkMethod(method, _app, [], development: false);
        }

        // Registration code whose caller is not in the project (or not recognised): still list its routes.
        foreach (var method in methods.Where(m => !_walkedMethods.Contains(m) && RegistersEndpoints(m)))
        {
            var origin = new AppNode { UnknownReason = $"registered in {ContainingType(method)}.{method.Identifier.ValueText}(), whose caller was not found: prefixes and conventions of the caller are not known" };
            WalkMethod(method, origin, [], development: false);
        }
    }

    private static bool RegistersEndpoints(MethodDeclarationSyntax method) =>
        method.DescendantNodes().OfType<InvocationExpressionSyntax>().Any(i => CSharpSyntax.MethodName(i) is { } name && (MapCallReader.IsEndpointMapping(name) || name is "MapGroup" or "MapMethods" or "MapControllers" or "MapHub" or "MapGrpcService" or "MapRazorPages" or "MapHealthChecks"));

    private static string ContainingType(SyntaxNode node) => node.Ancestors().OfType<TypeDeclarationSyntax>().FirstOrDefault()?.Identifier.ValueText ?? "Program";

    /// <summary>Walks a method body with its first parameter (the receiver of an extension method) bound to <paramref name="receiver"/>.</summary>
    private BuilderNode? WalkMethod(BaseMethodDeclarationSyntax method, BuilderNode? receiver, IReadOnlyList<BuilderNode?> arguments, bool development)
    {
        if (_depth >= MaxCallDepth)
        {
            return receiver;
        }

        _walkedMethods.Add(method);
        var scope = new Scope(null);
        var parameters = method.ParameterList.Parameters;
        var offset = IsExtensionLike(method) ? 1 : 0;
        for (var i = 0; i < parameters.Count; i++)
        {
            var index = i - offset;
            var bound = i < offset ? receiver : index < arguments.Count ? arguments[index] : null;
            // An un-bound IApplicationBuilder/WebApplication/IEndpointRouteBuilder parameter is the app.
            scope.Set(parameters[i].Identifier.ValueText, bound ?? (IsBuilderType(parameters[i].Type) ? receiver ?? _app : null));
        }

        _depth++;
        try
        {
            BuilderNode? returned = null;
            if (method.Body is { } body)
            {
                returned = WalkStatements(body.Statements, scope, development);
            }
            else if (method.ExpressionBody is { } arrow)
            {
                returned = Eval(arrow.Expression, scope, development);
            }

            return returned ?? receiver;
        }
        finally
        {
            _depth--;
        }
    }

    private static bool IsExtensionLike(BaseMethodDeclarationSyntax method) => method.ParameterList.Parameters.FirstOrDefault()?.Modifiers.Any(SyntaxKind.ThisKeyword) == true;

    private static bool IsBuilderType(TypeSyntax? type) =>
        type?.ToString() is "WebApplication" or "IApplicationBuilder" or "IEndpointRouteBuilder" or "RouteGroupBuilder" or "IEndpointConventionBuilder";

    /// <summary>Walks statements in order; returns the node of the first <c>return</c> that yields one.</summary>
    private BuilderNode? WalkStatements(IEnumerable<StatementSyntax> statements, Scope scope, bool development)
    {
        BuilderNode? returned = null;
        foreach (var statement in statements)
        {
            var node = WalkStatement(statement, scope, development);
            returned ??= node;
        }

        return returned;
    }

    private BuilderNode? WalkStatement(StatementSyntax statement, Scope scope, bool development)
    {
        switch (statement)
        {
            case LocalDeclarationStatementSyntax declaration:
                foreach (var variable in declaration.Declaration.Variables)
                {
                    scope.Set(variable.Identifier.ValueText, variable.Initializer is null ? null : Eval(variable.Initializer.Value, scope, development));
                }

                return null;
            case ExpressionStatementSyntax expression:
                Eval(expression.Expression, scope, development);
                return null;
            case ReturnStatementSyntax { Expression: { } value }:
                return Eval(value, scope, development);
            case BlockSyntax block:
                return WalkStatements(block.Statements, new Scope(scope), development);
            case IfStatementSyntax branch:
                var condition = CSharpSyntax.DevelopmentCondition(branch.Condition);
                var inIf = WalkStatement(branch.Statement, new Scope(scope), development || condition > 0);
                var inElse = branch.Else is null ? null : WalkStatement(branch.Else.Statement, new Scope(scope), development || condition < 0);
                return inIf ?? inElse;
            case ForEachStatementSyntax or ForStatementSyntax or WhileStatementSyntax or DoStatementSyntax:
                // Endpoints registered in a loop get their path from the loop variable: listed as unknown.
                var loopScope = new Scope(scope) { InLoop = true };
                foreach (var inner in statement.ChildNodes().OfType<StatementSyntax>())
                {
                    WalkStatement(inner, loopScope, development);
                }

                return null;
            default:
                foreach (var inner in statement.ChildNodes().OfType<StatementSyntax>())
                {
                    WalkStatement(inner, new Scope(scope), development);
                }

                return null;
        }
    }

    private BuilderNode? Eval(ExpressionSyntax expression, Scope scope, bool development)
    {
        switch (expression)
        {
            case IdentifierNameSyntax identifier:
                return scope.TryGet(identifier.Identifier.ValueText, out var bound) ? bound : null;
            case ParenthesizedExpressionSyntax parenthesized:
                return Eval(parenthesized.Expression, scope, development);
            case AwaitExpressionSyntax awaited:
                return Eval(awaited.Expression, scope, development);
            case CastExpressionSyntax cast:
                return Eval(cast.Expression, scope, development);
            case AssignmentExpressionSyntax { Left: IdentifierNameSyntax target } assignment:
                var value = Eval(assignment.Right, scope, development);
                scope.Assign(target.Identifier.ValueText, value);
                return value;
            case InvocationExpressionSyntax invocation:
                return EvalInvocation(invocation, scope, development);
            default:
                return null;
        }
    }

    private BuilderNode? EvalInvocation(InvocationExpressionSyntax invocation, Scope scope, bool development)
    {
        var name = CSharpSyntax.MethodName(invocation);
        var receiverExpression = (invocation.Expression as MemberAccessExpressionSyntax)?.Expression;
        var receiver = receiverExpression is null ? null : Eval(receiverExpression, scope, development);
        var arguments = invocation.ArgumentList.Arguments;
        if (name is null)
        {
            return null;
        }

        // The app: WebApplication.Create(args), WebApplication.CreateBuilder(args).Build(), builder.Build().
        if (name == "Create" && receiverExpression?.ToString() == "WebApplication")
        {
            return _app;
        }

        if (name == "Build" && receiverExpression is not null && (receiver is null || receiver is AppNode))
        {
            return receiverExpression.ToString().Contains("builder", StringComparison.OrdinalIgnoreCase) || receiverExpression is InvocationExpressionSyntax ? _app : receiver;
        }

        var builder = receiver ?? (receiverExpression is IdentifierNameSyntax id && LooksLikeApp(id.Identifier.ValueText, scope) ? _app : null);
        // The line of the call's name, not of the start of a long fluent chain.
        var location = invocation.Expression is MemberAccessExpressionSyntax access ? CSharpProject.LocationOf(access.Name) : CSharpProject.LocationOf(invocation);
        if (PipelineCalls.Contains(name) && builder is AppNode { UnknownReason: null })
        {
            _facts.AddMiddleware(name, _order++, location);
        }

        switch (name)
        {
            case "MapGroup" when builder is not null:
                var prefix = _project.ConstantString(arguments.FirstOrDefault()?.Expression);
                return new GroupNode(builder, RoutePath.Normalise(prefix ?? "/{dynamic}")) { DevelopmentOnly = development, UnknownReason = prefix is null ? $"group prefix `{arguments.FirstOrDefault()}` is computed at run time" : null };
            case "RequireAuthorization" when builder is not null:
                builder.Conventions.Add(new AuthDeclaration(AuthEffect.Requires, ConventionRequirement(arguments), $"`{Shorten(invocation)}` on {Describe(builder)}", location));
                return builder;
            case "AllowAnonymous" when builder is not null:
                builder.Conventions.Add(new AuthDeclaration(AuthEffect.AllowsAnonymous, AuthRequirement.AnyUser, $"`AllowAnonymous()` on {Describe(builder)}", location));
                return builder;
            case "RequireRateLimiting" when builder is not null:
                builder.RateLimited = true;
                return builder;
            case "WithMetadata" when builder is not null:
                foreach (var argument in arguments)
                {
                    if (argument.Expression is ObjectCreationExpressionSyntax creation && AuthAttributeReader.Normalise(creation.Type.ToString()) is "AllowAnonymous" or "Authorize")
                    {
                        var allows = AuthAttributeReader.Normalise(creation.Type.ToString()) == "AllowAnonymous";
                        builder.Conventions.Add(new AuthDeclaration(allows ? AuthEffect.AllowsAnonymous : AuthEffect.Requires, AuthRequirement.AnyUser, $"`WithMetadata({creation})` on {Describe(builder)}", location));
                    }
                }

                return builder;
        }

        if (builder is not null && _maps.TryRead(invocation, name, builder, scope.InLoop, development, location) is { } endpoint)
        {
            Endpoints.Add(endpoint);
            return endpoint;
        }

        // The project's own registration methods, as extension methods or plain calls.
        var target = FindProjectMethod(invocation, name, receiver is not null);
        if (target is not null)
        {
            var argumentNodes = arguments.Select(a => Eval(a.Expression, scope, development)).ToList();
            return WalkMethod(target, IsExtensionLike(target) ? builder ?? argumentNodes.FirstOrDefault() : null, IsExtensionLike(target) && receiver is null ? argumentNodes.Skip(1).ToList() : argumentNodes, development);
        }

        // Anything else: follow lambdas (UseEndpoints(endpoints => ...), MapGroup(...).Configure(g => ...)) with their parameter bound to the receiver.
        foreach (var argument in arguments)
        {
            if (argument.Expression is LambdaExpressionSyntax lambda && builder is not null)
            {
                var inner = new Scope(scope);
                var parameter = lambda switch
                {
                    SimpleLambdaExpressionSyntax simple => simple.Parameter.Identifier.ValueText,
                    ParenthesizedLambdaExpressionSyntax { ParameterList.Parameters.Count: > 0 } parenthesized => parenthesized.ParameterList.Parameters[0].Identifier.ValueText,
                    _ => null,
                };
                if (parameter is not null)
                {
                    inner.Set(parameter, builder);
                }

                if (lambda.Block is { } block)
                {
                    WalkStatements(block.Statements, inner, development);
                }
                else if (lambda.ExpressionBody is { } body)
                {
                    Eval(body, inner, development);
                }
            }
        }

        // Fluent calls that return their receiver (WithName, WithTags, Produces...) keep the chain going.
        return builder is not null && name.StartsWith("With", StringComparison.Ordinal) || name is "Produces" or "ProducesProblem" or "AddEndpointFilter" or "DisableAntiforgery" or "CacheOutput" or "RequireCors" or "RequireHost" or "ExcludeFromDescription" or "WithOpenApi" or "AddFilter"
            ? builder
            : null;
    }

    /// <summary>An unbound identifier named like the app (<c>app</c>, <c>endpoints</c>) in top-level code is the app.</summary>
    private static bool LooksLikeApp(string name, Scope scope) =>
        !scope.TryGet(name, out _) && name is "app" or "application" or "webApp" or "endpoints" or "routes" or "endpointRouteBuilder";

    private MethodDeclarationSyntax? FindProjectMethod(InvocationExpressionSyntax invocation, string name, bool hasBuilderReceiver)
    {
        if (hasBuilderReceiver)
        {
            return _project.ExtensionMethods[name].FirstOrDefault();
        }

        // A plain call: a static helper (OrdersEndpoints.Map(app)) or a method of the same class (MapUsers(app)).
        var candidates = _project.Classes.SelectMany(c => c.Members.OfType<MethodDeclarationSyntax>()).Where(m => m.Identifier.ValueText == name && m.Body is not null || m.Identifier.ValueText == name && m.ExpressionBody is not null);
        if (invocation.Expression is MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax type })
        {
            candidates = candidates.Where(m => ContainingType(m) == type.Identifier.ValueText);
        }

        var method = candidates.FirstOrDefault(m => m.ParameterList.Parameters.Count == invocation.ArgumentList.Arguments.Count + (IsExtensionLike(m) ? 1 : 0)) ?? candidates.FirstOrDefault();
        return method is not null && RegistersEndpoints(method) ? method : null;
    }

    private string Describe(BuilderNode node) => node switch
    {
        GroupNode group => $"group `{group.FullPrefix}`",
        EndpointNode { Kind: "MapGet" or "MapPost" or "MapPut" or "MapPatch" or "MapDelete" or "Map" or "MapMethods" } => "the endpoint",
        EndpointNode mapped => $"`{mapped.Kind}()`",
        _ => "every endpoint of the app",
    };

    private static string Shorten(InvocationExpressionSyntax invocation)
    {
        var name = CSharpSyntax.MethodName(invocation);
        var arguments = invocation.ArgumentList.ToString();
        return $"{name}{(arguments.Length > 60 ? "(...)" : arguments)}";
    }

    /// <summary>The requirement of <c>RequireAuthorization("Policy")</c>, <c>(new AuthorizeAttribute { Roles = "Admin" })</c> or <c>(p => p.RequireRole("Admin"))</c>.</summary>
    private AuthRequirement ConventionRequirement(SeparatedSyntaxList<ArgumentSyntax> arguments)
    {
        var requirement = AuthRequirement.AnyUser;
        foreach (var argument in arguments)
        {
            switch (argument.Expression)
            {
                case LiteralExpressionSyntax literal:
                    requirement = AuthAttributeReader.Add(requirement, "policy", literal.Token.ValueText);
                    break;
                case ObjectCreationExpressionSyntax creation:
                    foreach (var assignment in creation.Initializer?.Expressions.OfType<AssignmentExpressionSyntax>() ?? [])
                    {
                        if (AuthAttributeReader.Literal(assignment.Right) is { } value)
                        {
                            requirement = AuthAttributeReader.Add(requirement, assignment.Left.ToString().ToLowerInvariant(), value);
                        }
                    }

                    break;
                default:
                    foreach (var call in argument.Expression.DescendantNodesAndSelf().OfType<InvocationExpressionSyntax>().Where(c => CSharpSyntax.MethodName(c) == "RequireRole"))
                    {
                        foreach (var role in call.ArgumentList.Arguments.Select(a => AuthAttributeReader.Literal(a.Expression)).OfType<string>())
                        {
                            requirement = AuthAttributeReader.Add(requirement, "roles", role);
                        }
                    }

                    if (argument.Expression is IdentifierNameSyntax or MemberAccessExpressionSyntax && (_project.ConstantString(argument.Expression) ?? AuthAttributeReader.Literal(argument.Expression)) is { } policyName)
                    {
                        requirement = AuthAttributeReader.Add(requirement, "policy", policyName);
                    }

                    break;
            }
        }

        return requirement;
    }

    /// <summary>Variables of the code being walked; inner blocks and called methods get their own scope.</summary>
    private sealed class Scope(Scope? parent)
    {
        private readonly Dictionary<string, BuilderNode?> _values = new(StringComparer.Ordinal);

        public bool InLoop { get; init; } = parent?.InLoop ?? false;

        public void Set(string name, BuilderNode? value) => _values[name] = value;

        /// <summary>Assigns where the variable was declared, or here when it is new.</summary>
        public void Assign(string name, BuilderNode? value)
        {
            for (var scope = this; scope is not null; scope = scope._parent)
            {
                if (scope._values.ContainsKey(name))
                {
                    scope._values[name] = value;
                    return;
                }
            }

            _values[name] = value;
        }

        public bool TryGet(string name, out BuilderNode? value)
        {
            for (var scope = this; scope is not null; scope = scope._parent)
            {
                if (scope._values.TryGetValue(name, out value))
                {
                    return true;
                }
            }

            value = null;
            return false;
        }

        private readonly Scope? _parent = parent;
    }
}
