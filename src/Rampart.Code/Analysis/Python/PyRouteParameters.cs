using Rampart.Code.Lexing.Python;
using Rampart.Code.Lexing.Python.Syntax;

namespace Rampart.Code.Analysis.Python;

/// <summary>
/// Which parameters of a function carry request data: FastAPI path/query/body parameters of path
/// operations (and <c>Query()</c>/<c>Header()</c>/<c>Body()</c>... parameters of dependencies),
/// Flask URL variables, Django and DRF URL keyword arguments of views. Parameters typed
/// <c>int</c>, <c>UUID</c>, <c>datetime</c>... (or declared <c>&lt;int:id&gt;</c> in a URL pattern)
/// cannot carry an injection and stay clean.
/// </summary>
internal static class PyRouteParameters
{
    private static readonly HashSet<string> RouteVerbs = ["route", "get", "post", "put", "patch", "delete", "api_route", "websocket", "options", "head"];
    private static readonly HashSet<string> ParameterFunctions = ["Query", "Path", "Header", "Cookie", "Body", "Form", "File"];
    private static readonly HashSet<string> NotRequestData =
    [
        "Request", "HttpRequest", "Session", "AsyncSession", "Response", "BackgroundTasks", "WebSocket", "HTTPConnection", "SecurityScopes",
        "Connection", "AsyncConnection", "Database", "Redis", "Depends",
    ];

    private static readonly HashSet<string> ScalarTypes =
    [
        "int", "float", "bool", "UUID", "UUID4", "date", "datetime", "time", "timedelta", "Decimal", "conint", "confloat", "PositiveInt",
        "NonNegativeInt", "Literal", "Optional", "None", "Union", "uuid",
    ];

    private static readonly HashSet<string> StructuredTypes = ["dict", "Dict", "Any", "Json", "list", "List", "JSONType"];
    private static readonly HashSet<string> DjangoDecorators = ["api_view", "login_required", "require_http_methods", "require_GET", "require_POST", "require_safe", "csrf_exempt", "permission_required"];

    public static void Seed(PythonFile file, PyDefinition function, PyTaintState state)
    {
        var tokens = file.Tokens;
        var route = RouteDecorator(function);
        var path = route?.Call is { } call && call.Arg(0, "path") is PyString p ? p.Value : route?.Call?.Arg(0, "rule") is PyString r ? r.Value : "";
        var djangoView = route is null && IsDjangoView(file, function);
        var parameters = function.Parameters.ToList();
        var afterRequest = false;
        foreach (var parameter in parameters)
        {
            if (parameter.Name is "self" or "cls")
            {
                continue;
            }

            if (parameter.Name is "request" or "req" || TypeWords(tokens, parameter.Annotation).Any(NotRequestData.Contains))
            {
                afterRequest = true;
                continue;
            }

            var source = Describe(file, parameter, route is not null, path, djangoView && afterRequest);
            if (source is not null)
            {
                state.Set(parameter.Name, source);
            }
        }
    }

    private static PyTaint? Describe(PythonFile file, PyParameter parameter, bool isRoute, string path, bool isDjangoKwarg)
    {
        var tokens = file.Tokens;
        var defaultCall = parameter.Default as PyCall;
        var annotationWords = TypeWords(tokens, parameter.Annotation);
        var annotated = parameter.Annotation as PySubscript;
        var marker = annotated is { Target.DottedName: "Annotated" } && annotated.Items.Skip(1).OfType<PyCall>().FirstOrDefault() is { } m ? m : defaultCall;
        var markerName = marker?.Function.DottedName?.Split('.')[^1];
        if (markerName is "Depends")
        {
            return null;
        }

        if (markerName is "Security")
        {
            return IsApiKeyScheme(file, marker!) ? new PyTaint($"API key parameter `{parameter.Name}`") : null;
        }

        var explicitSource = markerName is not null && ParameterFunctions.Contains(markerName);
        if (!isRoute && !explicitSource && !isDjangoKwarg)
        {
            return null;
        }

        if (file.IntegerUrlParameters.Contains(parameter.Name) && !explicitSource || IsScalar(annotationWords) || ConverterIsScalar(path, parameter.Name))
        {
            return null;
        }

        var structured = annotationWords.Any(StructuredTypes.Contains) && !annotationWords.Contains("str");
        var kind = markerName switch
        {
            "Header" => "header",
            "Cookie" => "cookie",
            "Body" or "Form" => "body field",
            "File" => "uploaded file",
            "Path" => "path parameter",
            "Query" => "query parameter",
            _ when isDjangoKwarg => "URL parameter",
            _ when path.Contains("{" + parameter.Name, StringComparison.Ordinal) || path.Contains(":" + parameter.Name + ">", StringComparison.Ordinal) || path.Contains("<" + parameter.Name + ">", StringComparison.Ordinal) => "path parameter",
            _ when annotationWords.Contains("UploadFile") => "uploaded file",
            _ when parameter.Annotation is not null && !annotationWords.Contains("str") && char.IsUpper(annotationWords.FirstOrDefault()?[0] ?? 'a') => "request body",
            _ => "query parameter",
        };
        return new PyTaint($"{kind} `{parameter.Name}`", structured);
    }

    /// <summary>The path-operation or route decorator of a function (<c>@app.get("/x")</c>, <c>@bp.route("/x")</c>), if any.</summary>
    public static PyDecorator? RouteDecorator(PyDefinition function) =>
        function.Decorators.FirstOrDefault(d => d.Call is { Function.DottedName: { } name } call && name.Contains('.', StringComparison.Ordinal)
            && RouteVerbs.Contains(name[(name.LastIndexOf('.') + 1)..]) && (call.Arg(0, "path") is PyString || call.Arg(0, "rule") is PyString));

    public static bool IsWebSocket(PyDefinition function) => RouteDecorator(function)?.Name?.EndsWith(".websocket", StringComparison.Ordinal) == true;

    private static bool IsDjangoView(PythonFile file, PyDefinition function)
    {
        if (function.Owner is { } owner)
        {
            return owner.Bases.Any(b => b.Value.DottedName?.Split('.')[^1] is { } name && (name.EndsWith("View", StringComparison.Ordinal) || name.EndsWith("ViewSet", StringComparison.Ordinal) || name.EndsWith("APIView", StringComparison.Ordinal)));
        }

        if (function.Parameters.FirstOrDefault()?.Name != "request")
        {
            return false;
        }

        var fileName = file.Module.Path[(file.Module.Path.LastIndexOf('/') + 1)..];
        return fileName is "views.py" or "api.py" || file.Module.Path.Contains("/views/", StringComparison.Ordinal)
            || function.Decorators.Any(d => d.Name?.Split('.')[^1] is { } n && DjangoDecorators.Contains(n));
    }

    private static bool IsApiKeyScheme(PythonFile file, PyCall security)
    {
        var scheme = security.Positional.FirstOrDefault()?.DottedName ?? security.Keyword("dependency")?.DottedName;
        return scheme is not null && file.Module.ModuleAssignment(scheme)?.Value is PyCall { LastName: "APIKeyHeader" or "APIKeyQuery" or "APIKeyCookie" };
    }

    private static bool IsScalar(List<string> words) => words.Count > 0 && words.All(w => ScalarTypes.Contains(w));

    private static bool ConverterIsScalar(string path, string name) =>
        path.Contains($"<int:{name}>", StringComparison.Ordinal) || path.Contains($"<float:{name}>", StringComparison.Ordinal) || path.Contains($"<uuid:{name}>", StringComparison.Ordinal);

    /// <summary>The names in an annotation: <c>Optional[int]</c> → Optional, int; <c>Annotated[str, Query()]</c> → str.</summary>
    public static List<string> TypeWords(PythonTokens tokens, PyExpr? annotation)
    {
        if (annotation is null)
        {
            return [];
        }

        if (annotation is PySubscript { Target.DottedName: "Annotated" } annotated && annotated.Items.Count > 0)
        {
            annotation = annotated.Items[0];
        }

        var words = new List<string>();
        for (var i = annotation.Start; i < annotation.End; i++)
        {
            if (tokens[i].Kind == PythonTokenKind.Name && !(i + 1 < annotation.End && tokens[i + 1].Is(".")))
            {
                words.Add(tokens[i].Text);
            }
            else if (tokens[i].Kind == PythonTokenKind.String)
            {
                words.Add("Literal");
            }
        }

        return words;
    }
}
