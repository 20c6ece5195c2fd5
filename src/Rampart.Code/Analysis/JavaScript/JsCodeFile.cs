using Rampart.Code.Lexing.JavaScript;
using Rampart.Core.Findings;

namespace Rampart.Code.Analysis.JavaScript;

/// <summary>
/// One lexed JavaScript/TypeScript file as the code checks see it: its tokens and module
/// bindings, its calls and functions, the taint scope of each outermost function, and what an
/// imported name stands for (<c>jwt.decode</c> is <c>jsonwebtoken</c>'s <c>decode</c>).
/// </summary>
internal sealed class JsCodeFile
{
    private readonly Dictionary<int, JsTaintScope> _scopes = [];
    private readonly Dictionary<JsCodeFunction, bool> _returnsParameter = [];
    private List<JsCall>? _calls;
    private List<JsCodeFunction>? _functions;
    private Dictionary<int, JsCodeFunction>? _byStart;
    private JsTaintScope? _moduleScope;

    public JsCodeFile(string path, string project, JsModule module)
    {
        Path = path;
        Project = project;
        Module = module;
    }

    public string Path { get; }

    /// <summary>Folder of the nearest package.json ("" for the root).</summary>
    public string Project { get; }

    public JsModule Module { get; }

    public JsSyntax Syntax => Module.Syntax;

    /// <summary>A Next.js app-router route handler file (<c>route.ts</c>): its exported GET/POST... take the request and the route params.</summary>
    public bool IsNextRouteFile => System.IO.Path.GetFileNameWithoutExtension(Path) == "route";

    public IReadOnlyList<JsCall> Calls => _calls ??= JsCalls.In(Syntax);

    public IReadOnlyList<JsCodeFunction> Functions => _functions ??= JsFunctions.In(Syntax);

    public static string NormalizeModule(string specifier) => specifier.StartsWith("node:", StringComparison.Ordinal) ? specifier[5..] : specifier;

    public SourceLocation At(int index) => new(Path, Syntax[index].Line, Syntax[index].Column);

    public int LineOf(int index) => Syntax[index].Line;

    public JsCodeFunction? FunctionStartingAt(int index)
    {
        _byStart ??= Functions.GroupBy(f => f.Start).ToDictionary(g => g.Key, g => g.First());
        return _byStart.GetValueOrDefault(index);
    }

    /// <summary>The innermost function around a token.</summary>
    public JsCodeFunction? FunctionAt(int index)
    {
        JsCodeFunction? best = null;
        foreach (var function in Functions)
        {
            if (function.Contains(index) && (best is null || function.Start >= best.Start))
            {
                best = function;
            }
        }

        return best;
    }

    /// <summary>The outermost function around a token.</summary>
    public JsCodeFunction? OuterFunctionAt(int index)
    {
        foreach (var function in Functions)
        {
            if (function.Contains(index))
            {
                return function;
            }
        }

        return null;
    }

    /// <summary>The taint state around a token: its outermost function's, or the module's top-level code.</summary>
    public JsTaintScope ScopeAt(int index)
    {
        if (OuterFunctionAt(index) is not { } outer)
        {
            return _moduleScope ??= JsTaintScope.Build(this, null, helperMode: false);
        }

        if (!_scopes.TryGetValue(outer.Start, out var scope))
        {
            _scopes[outer.Start] = scope = JsTaintScope.Build(this, outer, helperMode: false);
        }

        return scope;
    }

    /// <summary>Taint of an expression at its place in the file.</summary>
    public JsTaint? Taint((int Start, int End) range, JsSinkKind kind = JsSinkKind.Any) => ScopeAt(range.Start).Evaluate(range.Start, range.End, kind);

    /// <summary>A function declared at the top of this file under a name (a same-file helper).</summary>
    public JsCodeFunction? HelperFunction(string name)
    {
        if (!Module.Declarations.TryGetValue(name, out var declaration) || declaration.Function is not { } function)
        {
            return null;
        }

        return Functions.FirstOrDefault(f => f.BodyStart == function.BodyStart);
    }

    /// <summary>True when a helper returns something built from its parameters (<c>function where(name) { return `name = '${name}'` }</c>).</summary>
    public bool ReturnsParameter(JsCodeFunction helper)
    {
        if (_returnsParameter.TryGetValue(helper, out var known))
        {
            return known;
        }

        // Recursion (or a cycle of helpers) answers false while it is being computed.
        _returnsParameter[helper] = false;
        var scope = JsTaintScope.Build(this, helper, helperMode: true);
        var s = Syntax;
        var returns = false;
        if (helper.IsExpressionBody)
        {
            returns = scope.Evaluate(helper.BodyStart, helper.BodyEnd) is not null;
        }
        else
        {
            for (var i = helper.BodyStart; i < helper.BodyEnd && !returns; i++)
            {
                if (s.Is(i, "return") && FunctionAt(i) == helper)
                {
                    returns = scope.Evaluate(i + 1, JsExpressions.End(s, i + 1)) is not null;
                }
            }
        }

        _returnsParameter[helper] = returns;
        return returns;
    }

    /// <summary>
    /// What a call's callee stands for: the module it comes from (normalised, <c>node:</c> dropped)
    /// and the member path inside it; the module is null when the first name is not an import.
    /// </summary>
    public (string? Module, string Member) Resolve(JsCall call)
    {
        var first = call.Parts[0];
        if (first.StartsWith("require:", StringComparison.Ordinal))
        {
            return (first["require:".Length..], string.Join('.', call.Parts.Skip(1)));
        }

        if (Module.Imports.TryGetValue(first, out var import))
        {
            var rest = call.Parts.Skip(1);
            var member = import.ExportName is "default" or "*" ? string.Join('.', rest) : string.Join('.', rest.Prepend(import.ExportName));
            return (NormalizeModule(import.Specifier), member);
        }

        return (null, call.Callee);
    }

    /// <summary>True when a name is bound to an import of one of the given modules.</summary>
    public bool Imports(string name, params string[] modules) =>
        Module.Imports.TryGetValue(name, out var import) && modules.Contains(NormalizeModule(import.Specifier));

    /// <summary>True when the file imports any of the given modules.</summary>
    public bool ImportsAny(params string[] modules) => Module.Imports.Values.Any(i => modules.Contains(NormalizeModule(i.Specifier)));

    public override string ToString() => Path;
}
