using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Rampart.Code.CSharp;

namespace Rampart.Code.Analysis.CSharp;

/// <summary>
/// Intra-procedural request-data tracking for one function: which parameters carry request data
/// (controller actions, minimal API handlers, hub methods, page handlers), which locals are assigned
/// from them (through interpolation, concatenation, string.Format, member access and simple calls),
/// and where <c>Request.Query/Form/Headers/Cookies/Body</c> is read directly. Parsing into a number
/// or a Guid, or taking Path.GetFileName, cleans a value.
/// </summary>
internal sealed class RequestTaint
{
    private static readonly HashSet<string> Sanitisers = new(StringComparer.Ordinal)
    {
        "Parse", "TryParse", "ToInt32", "ToInt64", "ToDecimal", "ToDouble", "ToBoolean", "GetFileName", "GetFileNameWithoutExtension", "EscapeDataString", "HtmlEncode", "UrlEncode", "Count", "Any", "Length", "GetHashCode", "IsNullOrEmpty", "IsNullOrWhiteSpace",
    };

    private static readonly HashSet<string> RequestParts = new(StringComparer.Ordinal) { "Query", "Form", "Headers", "Cookies", "Body", "QueryString", "RouteValues", "Path", "BodyReader", "RawUrl" };

    private static readonly HashSet<string> SafeParameterTypes = new(StringComparer.Ordinal)
    {
        "int", "long", "short", "byte", "uint", "ulong", "decimal", "double", "float", "bool", "Guid", "DateTime", "DateTimeOffset", "DateOnly", "TimeOnly", "TimeSpan", "CancellationToken", "HttpContext", "HttpRequest", "HttpResponse", "ClaimsPrincipal", "ILogger", "IConfiguration", "HttpClient", "IServiceProvider",
    };

    private readonly Dictionary<string, string> _tainted = new(StringComparer.Ordinal);

    private RequestTaint()
    {
    }

    /// <summary>The function whose variables a node sees: a method, a local function, a route handler lambda, or top-level code.</summary>
    public static SyntaxNode FunctionOf(SyntaxNode node)
    {
        foreach (var ancestor in node.AncestorsAndSelf())
        {
            switch (ancestor)
            {
                case BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax or AccessorDeclarationSyntax:
                    return ancestor;
                case LambdaExpressionSyntax lambda when IsRouteHandler(lambda):
                    return ancestor;
                case CompilationUnitSyntax:
                    return ancestor;
            }
        }

        return node.SyntaxTree.GetRoot();
    }

    public static RequestTaint Analyse(SyntaxNode function, CSharpProject project)
    {
        var taint = new RequestTaint();
        foreach (var (name, source) in SourceParameters(function, project))
        {
            taint._tainted[name] = source;
        }

        // Two passes reach values assigned in a loop before their use.
        var assignments = function.DescendantNodes().Where(n => n is VariableDeclaratorSyntax or AssignmentExpressionSyntax or ForEachStatementSyntax or SingleVariableDesignationSyntax).ToList();
        for (var pass = 0; pass < 2; pass++)
        {
            foreach (var node in assignments)
            {
                switch (node)
                {
                    case VariableDeclaratorSyntax { Initializer.Value: var value } declarator:
                        taint.Propagate(declarator.Identifier.ValueText, value);
                        break;
                    case AssignmentExpressionSyntax { Left: IdentifierNameSyntax target } assignment:
                        taint.Propagate(target.Identifier.ValueText, assignment.Right);
                        break;
                    case ForEachStatementSyntax loop:
                        taint.Propagate(loop.Identifier.ValueText, loop.Expression);
                        break;
                    case SingleVariableDesignationSyntax { Parent: DeclarationExpressionSyntax { Parent: ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax call } } } } outVariable
                        when CSharpSyntax.MethodName(call) == "TryGetValue" && call.Expression is MemberAccessExpressionSyntax access && taint.IsTainted(access.Expression):
                        taint._tainted.TryAdd(outVariable.Identifier.ValueText, taint.SourceOf(access.Expression) ?? "request data");
                        break;
                }
            }
        }

        return taint;
    }

    /// <summary>True when request data flows into the expression.</summary>
    public bool IsTainted(ExpressionSyntax expression) => SourceOf(expression) is not null;

    /// <summary>Where the request data in the expression comes from ("parameter q", "Request.Query"), or null.</summary>
    public string? SourceOf(ExpressionSyntax expression)
    {
        foreach (var node in expression.DescendantNodesAndSelf(n => !IsSanitiser(n)))
        {
            if (IsSanitiser(node))
            {
                continue;
            }

            switch (node)
            {
                case IdentifierNameSyntax identifier when !IsMemberName(identifier) && _tainted.TryGetValue(identifier.Identifier.ValueText, out var source):
                    return source;
                case MemberAccessExpressionSyntax member when RequestParts.Contains(member.Name.Identifier.ValueText) && IsRequest(member.Expression):
                    return $"Request.{member.Name.Identifier.ValueText}";
            }
        }

        return null;
    }

    private void Propagate(string name, ExpressionSyntax value)
    {
        if (SourceOf(value) is { } source)
        {
            _tainted.TryAdd(name, source);
        }
    }

    private static bool IsSanitiser(SyntaxNode node) =>
        node is InvocationExpressionSyntax invocation && CSharpSyntax.MethodName(invocation) is { } name && Sanitisers.Contains(name)
        || node is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Length" or "Count" }
        || node is TypeOfExpressionSyntax
        || node is InvocationExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "nameof" } };

    /// <summary><c>q</c> in <c>x.q</c> is a member name, not the variable <c>q</c>.</summary>
    private static bool IsMemberName(IdentifierNameSyntax identifier) =>
        identifier.Parent is MemberAccessExpressionSyntax member && member.Name == identifier
        || identifier.Parent is MemberBindingExpressionSyntax
        || identifier.Parent is NameEqualsSyntax or NameColonSyntax;

    /// <summary><c>Request</c>, <c>HttpContext.Request</c>, <c>context.Request</c>, <c>req</c> of type HttpRequest.</summary>
    private static bool IsRequest(ExpressionSyntax expression) => expression switch
    {
        IdentifierNameSyntax { Identifier.ValueText: "Request" or "request" or "req" } => true,
        MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Request" } => true,
        _ => false,
    };

    private static bool IsRouteHandler(LambdaExpressionSyntax lambda) =>
        lambda.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax call } }
        && CSharpSyntax.MethodName(call) is "MapGet" or "MapPost" or "MapPut" or "MapPatch" or "MapDelete" or "MapMethods" or "Map" or "MapFallback";

    private static IEnumerable<(string Name, string Source)> SourceParameters(SyntaxNode function, CSharpProject project)
    {
        var parameters = function switch
        {
            MethodDeclarationSyntax method when IsRequestHandler(method) => method.ParameterList.Parameters,
            ParenthesizedLambdaExpressionSyntax lambda when IsRouteHandler(lambda) => lambda.ParameterList.Parameters,
            SimpleLambdaExpressionSyntax simple when IsRouteHandler(simple) => SyntaxFactory.SeparatedList([simple.Parameter]),
            _ => default,
        };
        foreach (var parameter in parameters)
        {
            var attributes = parameter.AttributeLists.SelectMany(l => l.Attributes).Select(a => a.Name.ToString()).ToList();
            if (attributes.Any(a => a.Contains("FromServices", StringComparison.Ordinal) || a.Contains("FromKeyedServices", StringComparison.Ordinal)))
            {
                continue;
            }

            var bound = attributes.FirstOrDefault(a => a.StartsWith("From", StringComparison.Ordinal));
            if (IsRequestDataType(parameter.Type, project) || bound is not null && !SafeParameterTypes.Contains(parameter.Type?.ToString().TrimEnd('?') ?? ""))
            {
                yield return (parameter.Identifier.ValueText, $"{(bound is null ? "request" : $"[{bound}]")} parameter `{parameter.Identifier.ValueText}`");
            }
        }
    }

    /// <summary>A controller action, page handler or hub method: public methods of such classes.</summary>
    private static bool IsRequestHandler(MethodDeclarationSyntax method)
    {
        if (!method.Modifiers.Any(SyntaxKind.PublicKeyword) || method.Modifiers.Any(SyntaxKind.StaticKeyword) || method.Parent is not ClassDeclarationSyntax type)
        {
            return false;
        }

        var bases = type.BaseList?.Types.Select(t => t.Type.ToString()).ToList() ?? [];
        return type.Identifier.ValueText.EndsWith("Controller", StringComparison.Ordinal)
            || bases.Any(b => b.EndsWith("Controller", StringComparison.Ordinal) || b.EndsWith("ControllerBase", StringComparison.Ordinal) || b is "PageModel" or "Hub" || b.StartsWith("Hub<", StringComparison.Ordinal))
            || type.AttributeLists.SelectMany(l => l.Attributes).Any(a => a.Name.ToString() is "ApiController" or "Controller");
    }

    /// <summary>Strings, uploaded files, raw JSON and the project's own DTOs; not numbers, services or framework objects.</summary>
    private static bool IsRequestDataType(TypeSyntax? type, CSharpProject project)
    {
        var name = type?.ToString().TrimEnd('?') ?? "";
        if (SafeParameterTypes.Contains(name) || name.Length == 0)
        {
            return false;
        }

        if (name is "string" or "String" or "string[]" or "IFormFile" or "IFormFileCollection" or "IFormCollection" or "JsonElement" or "JsonNode" or "JsonObject" or "dynamic" or "object" or "Stream")
        {
            return true;
        }

        // The project's own request/DTO types; services (interfaces, DbContexts, *Service...) are not request data.
        var shortName = name.Split('.')[^1];
        if (shortName.StartsWith('I') && shortName.Length > 1 && char.IsUpper(shortName[1]))
        {
            return false;
        }

        string[] serviceSuffixes = ["Db", "DbContext", "Context", "Service", "Client", "Factory", "Repository", "Provider", "Options", "Logger", "Manager", "Store", "Cache", "Renderer", "Sender", "Handler"];
        if (serviceSuffixes.Any(s => shortName.EndsWith(s, StringComparison.Ordinal)))
        {
            return false;
        }

        return project.DeclaredTypeNames.Contains(shortName)
            || new[] { "Request", "Dto", "Model", "Input", "Command", "Form", "Body", "Payload" }.Any(s => shortName.EndsWith(s, StringComparison.Ordinal));
    }
}
