using Rampart.Code.Lexing.Python;
using Rampart.Code.Lexing.Python.Syntax;
using Rampart.Code.Routes.Model;
using Rampart.Core.Findings;

namespace Rampart.Code.Routes.Python;

/// <summary>
/// What the three Python framework extractors share: the parsed files with import resolution, the
/// vocabulary, project roots, constant strings, and the "does this function reject anonymous
/// callers" test used for custom decorators, hooks and dependencies.
/// </summary>
internal sealed class PythonApp(PyWorkspace workspace, PythonVocabulary vocabulary, IReadOnlyList<string> projectRoots)
{
    public PyWorkspace Workspace { get; } = workspace;

    public PythonVocabulary Vocabulary { get; } = vocabulary;

    public List<HttpRoute> Routes { get; } = [];

    public CommentedOutAuth Comments { get; } = new(vocabulary);

    /// <summary>Folder of the nearest pyproject.toml / requirements.txt / manage.py above the file ("" for the root).</summary>
    public string ProjectOf(string path) =>
        projectRoots.Where(root => root.Length == 0 || path.StartsWith(root + "/", StringComparison.Ordinal)).OrderByDescending(r => r.Length).FirstOrDefault() ?? "";

    public static SourceLocation At(PyModule module, int line) => new(module.Path, line);

    public static SourceLocation At(PyModule module, PyDefinition definition) => new(module.Path, definition.Line);

    /// <summary>The value of a string expression: literals, <c>+</c> of strings, names bound to strings (across imports), <c>settings.X</c> class defaults.</summary>
    public string? StringValue(PyModule module, PyExpr? expr, int depth = 0)
    {
        switch (expr)
        {
            case null:
                return null;
            case PyString s:
                return s.Value;
            case PyBinary { Operator: "+" } b:
                return StringValue(module, b.Left, depth + 1) is { } left && StringValue(module, b.Right, depth + 1) is { } right ? left + right : null;
            case PyName n when depth < 6:
                var symbol = Workspace.Resolve(module, n.Dotted);
                if (symbol?.Assignment is { } assignment && !symbol.Name.Contains('.', StringComparison.Ordinal))
                {
                    return StringValue(symbol.Module, assignment.Value, depth + 1);
                }

                return symbol is not null && symbol.Name.Contains('.', StringComparison.Ordinal) ? AttributeDefault(symbol, depth) : null;
            default:
                return null;
        }
    }

    /// <summary><c>settings.API_V1_STR</c> where <c>settings = Settings()</c>: the class-body default of the attribute.</summary>
    private string? AttributeDefault(PySymbol symbol, int depth)
    {
        var parts = symbol.Name.Split('.');
        var owner = Workspace.Resolve(symbol.Module, parts[0]);
        if (parts.Length != 2 || owner?.Assignment?.Value is not PyCall { Function: PyName cls })
        {
            return null;
        }

        var classSymbol = Workspace.Resolve(owner.Module, cls.Dotted);
        if (classSymbol?.Definition is not { IsClass: true } definition)
        {
            return null;
        }

        var attribute = classSymbol.Module.Assignments.LastOrDefault(a => a.Context.Scope == definition && a.Assignment.Target == parts[1]).Assignment;
        return attribute is null ? null : StringValue(classSymbol.Module, attribute.Value, depth + 1);
    }

    /// <summary>A path piece as written: its value, or <c>{expression}</c> when it is not a constant.</summary>
    public string PathPiece(PyModule module, PyExpr? expr) =>
        expr is null ? "" : StringValue(module, expr) ?? (expr is PyString s ? s.Value : "{" + PyExprParser.Text(module.Tokens, expr.Start, expr.End) + "}");

    /// <summary>Upper-case methods from <c>methods=["GET", "post"]</c>.</summary>
    public IReadOnlyList<string>? Methods(PyModule module, PyExpr? expr) =>
        expr is PySequence sequence ? sequence.Items.Select(i => StringValue(module, i)?.ToUpperInvariant()).OfType<string>().ToList() : null;

    /// <summary>
    /// Where in a function's body it rejects anonymous callers (raise/abort with 401 or 403, a
    /// reject marker name, a failed <c>is_authenticated</c> check leading to a redirect), or 0.
    /// </summary>
    public int RejectLine(PyModule module, PyDefinition definition)
    {
        var tokens = module.Tokens;
        var sawAuthenticatedCheck = 0;
        for (var i = definition.Statement.End; i < definition.BodyEnd; i++)
        {
            var t = tokens[i];
            if (t.Kind == PythonTokenKind.Number && t.Text is "401" or "403" && Near(tokens, i, ["raise", "abort", "return", "HTTPException", "status_code", "Response", "jsonify", "HttpResponse", "JSONResponse"]))
            {
                return t.Line;
            }

            if (t.Kind == PythonTokenKind.Name && Vocabulary.RejectMarkers.Contains(t.Text) && !OptionalCall(tokens, i))
            {
                return t.Line;
            }

            if (t.Kind == PythonTokenKind.Name && t.Text is "is_authenticated" or "is_anonymous")
            {
                sawAuthenticatedCheck = t.Line;
            }

            if (sawAuthenticatedCheck > 0 && t.Kind == PythonTokenKind.Name && t.Text is "redirect" or "abort" or "raise" or "login_url" or "url_for")
            {
                return sawAuthenticatedCheck;
            }
        }

        return 0;
    }

    /// <summary><c>verify_jwt_in_request(optional=True)</c> does not reject.</summary>
    private static bool OptionalCall(PythonTokens tokens, int i)
    {
        if (i + 1 >= tokens.Count || !tokens[i + 1].Is("(") || tokens.Match(i + 1) is var close && close < 0)
        {
            return false;
        }

        for (var j = i + 2; j < close; j++)
        {
            if (tokens[j].IsName("optional") && j + 2 < close && tokens[j + 1].Is("=") && tokens[j + 2].IsName("True"))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Near(PythonTokens tokens, int i, string[] words)
    {
        var line = tokens[i].Line;
        for (var j = Math.Max(0, i - 12); j < Math.Min(tokens.Count, i + 4); j++)
        {
            if (tokens[j].Kind == PythonTokenKind.Name && words.Contains(tokens[j].Text) && Math.Abs(tokens[j].Line - line) <= 2)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Registered only in development (<c>if settings.DEBUG</c>, <c>if ENV == "local"</c>)?</summary>
    public static bool IsDevelopmentCondition(PyCondition condition)
    {
        var text = condition.Text.ToLowerInvariant();
        return !text.Contains("not (", StringComparison.Ordinal) && !text.StartsWith("if not ", StringComparison.Ordinal)
            && (text.Contains("debug", StringComparison.Ordinal) || text.Contains("\"dev", StringComparison.Ordinal) || text.Contains("'dev", StringComparison.Ordinal) || text.Contains("development", StringComparison.Ordinal)
                || text.Contains("\"local\"", StringComparison.Ordinal) || text.Contains("'local'", StringComparison.Ordinal) || text.Contains("is_dev", StringComparison.Ordinal) || text.Contains("testing", StringComparison.Ordinal));
    }

    /// <summary>The handler body's names and strings for the sensitivity classifier.</summary>
    public static HandlerFacts Facts(PyModule module, PyDefinition definition)
    {
        var (identifiers, strings) = module.Facts(definition.Statement.End, definition.BodyEnd);
        return new HandlerFacts(identifiers, strings);
    }

    /// <summary>Builds the route: state from the evidence (any Requires wins; else an opt-out; else none) unless an unknown reason is given.</summary>
    public HttpRoute Route(RouteFramework framework, RouteKind kind, IReadOnlyList<string> methods, string path, string handler, SourceLocation location, List<AuthEvidence> evidence, HandlerFacts facts, string? group, AuthRequirement? requirement = null, string? unknownReason = null, bool developmentOnly = false)
    {
        var state = unknownReason is not null ? AuthState.Unknown
            : evidence.Any(e => e.Effect == AuthEffect.Requires) ? AuthState.Required
            : evidence.Any(e => e.Effect == AuthEffect.AllowsAnonymous) ? AuthState.Anonymous
            : AuthState.None;
        path = NormalizePath(path);
        return new HttpRoute
        {
            Methods = methods,
            Path = path,
            Framework = framework,
            Kind = kind,
            Handler = handler,
            Location = location,
            Auth = state,
            Requirement = state == AuthState.Required ? requirement ?? AuthRequirement.AnyUser : AuthRequirement.AnyUser,
            UnknownReason = unknownReason,
            Evidence = evidence,
            Sensitivity = RouteSensitivityClassifier.Classify(methods, path, handler, facts),
            Project = ProjectOf(location.Path),
            SiblingGroup = group,
            DevelopmentOnly = developmentOnly,
        };
    }

    private static string NormalizePath(string path)
    {
        path = path.Replace("//", "/", StringComparison.Ordinal);
        return path.StartsWith('/') ? path : "/" + path;
    }
}
