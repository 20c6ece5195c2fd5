namespace Rampart.Code.Lexing.Python.Syntax;

/// <summary>
/// One Python file as route extraction reads it: every def/class (nested ones too, with their
/// decorators), assignments, call statements and imports, each with the conditions around it.
/// </summary>
public sealed class PyModule
{
    private readonly Dictionary<string, PyDefinition> _topLevel = new(StringComparer.Ordinal);

    private PyModule(string path, PythonTokens tokens)
    {
        Path = path;
        Tokens = tokens;
    }

    /// <summary>Path relative to the scan root, '/' separated.</summary>
    public string Path { get; }

    public PythonTokens Tokens { get; }

    public List<PyStatement> Statements { get; private set; } = [];

    public List<PyDefinition> Definitions { get; } = [];

    public List<(PyAssignment Assignment, PyStatementContext Context)> Assignments { get; } = [];

    public List<(PyCall Call, PyStatementContext Context)> Calls { get; } = [];

    public List<PyImport> Imports { get; } = [];

    /// <summary>Dotted module name from the file path (<c>app/routers/users.py</c> → <c>app.routers.users</c>).</summary>
    public string ModuleName => ModuleNameOf(Path);

    public bool IsPackage => Path.EndsWith("/__init__.py", StringComparison.Ordinal) || Path == "__init__.py";

    public static PyModule Parse(string path, string text)
    {
        var module = new PyModule(path, PythonLexer.Tokenize(text));
        module.Statements = PyStatementParser.Parse(module.Tokens);
        new PyModuleWalker(module).Walk(module.Statements, PyStatementContext.Module, owner: null);
        foreach (var definition in module.Definitions.Where(d => d.Owner is null && !module.IsNested(d)))
        {
            module._topLevel.TryAdd(definition.Name, definition);
        }

        return module;
    }

    public static string ModuleNameOf(string path)
    {
        var withoutExtension = path.EndsWith(".py", StringComparison.Ordinal) ? path[..^3] : path;
        if (withoutExtension.EndsWith("/__init__", StringComparison.Ordinal))
        {
            withoutExtension = withoutExtension[..^"/__init__".Length];
        }

        return withoutExtension.Replace('/', '.');
    }

    /// <summary>A module-level def or class by name (the last one wins, as at run time... the first is kept for stability).</summary>
    public PyDefinition? TopLevel(string name) => _topLevel.GetValueOrDefault(name);

    /// <summary>The last module-level assignment to <paramref name="name"/> (not augmented), if any.</summary>
    public PyAssignment? ModuleAssignment(string name) =>
        Assignments.LastOrDefault(a => a.Context.Scope is null && !a.Assignment.Augmented && a.Assignment.Target == name).Assignment;

    public PyImport? Import(string localName) => Imports.LastOrDefault(i => i.LocalName == localName);

    /// <summary>Methods of a class, by name.</summary>
    public PyDefinition? Method(PyDefinition cls, string name) => Definitions.FirstOrDefault(d => d.Owner == cls && d.Name == name);

    private HashSet<int>? _codeLines;

    /// <summary>Lines that hold at least one token (a comment-only line is not one).</summary>
    public HashSet<int> CodeLines => _codeLines ??= Tokens.Tokens.Where(t => t.Kind is not (PythonTokenKind.Newline or PythonTokenKind.Indent or PythonTokenKind.Dedent or PythonTokenKind.EndOfFile)).Select(t => t.Line).ToHashSet();

    internal HashSet<PyDefinition> NestedDefinitions { get; } = [];

    private bool IsNested(PyDefinition definition) => NestedDefinitions.Contains(definition);

    /// <summary>Names and string contents of a token range, for the sensitivity classifier.</summary>
    public (List<string> Identifiers, List<string> Strings) Facts(int start, int end)
    {
        var identifiers = new List<string>();
        var strings = new List<string>();
        for (var i = start; i < end && i < Tokens.Count; i++)
        {
            var t = Tokens[i];
            if (t.Kind == PythonTokenKind.Name)
            {
                identifiers.Add(t.Text);
            }
            else if (t.Kind == PythonTokenKind.String)
            {
                strings.Add(t.Value);
            }
        }

        return (identifiers, strings);
    }
}
