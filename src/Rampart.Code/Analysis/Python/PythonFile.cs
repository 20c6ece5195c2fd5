using Rampart.Code.Lexing.Python;
using Rampart.Code.Lexing.Python.Syntax;
using Rampart.Core.Findings;
using Rampart.Core.Rules;

namespace Rampart.Code.Analysis.Python;

/// <summary>One parsed file under analysis: its module, the workspace for imports, and the findings reported on it (one per rule and line).</summary>
internal sealed class PythonFile(PyModule module, PyWorkspace workspace, IReadOnlySet<string> integerUrlParameters)
{
    private readonly Dictionary<(string Rule, int Line), Finding> _findings = [];
    private Dictionary<PyStatement, PyDefinition>? _definitions;

    public PyModule Module { get; } = module;

    public PyWorkspace Workspace { get; } = workspace;

    public PythonTokens Tokens => Module.Tokens;

    public string Path => Module.Path;

    /// <summary>URL parameter names declared with an integer or UUID converter somewhere in the project (<c>&lt;int:pk&gt;</c>).</summary>
    public IReadOnlySet<string> IntegerUrlParameters { get; } = integerUrlParameters;

    public IEnumerable<Finding> Findings => _findings.Values.OrderBy(f => f.Location.Line);

    public string FileName => Path[(Path.LastIndexOf('/') + 1)..];

    public PyDefinition? DefinitionOf(PyStatement statement)
    {
        _definitions ??= Module.Definitions.ToDictionary(d => d.Statement);
        return _definitions.GetValueOrDefault(statement);
    }

    public string Text(int start, int end) => PyExprParser.Text(Tokens, start, end);

    /// <summary>Reports a finding; a second finding of the same rule on the same line is dropped.</summary>
    /// <param name="secretOnLine">The line holds a secret literal: mask it in every snippet.</param>
    public void Report(Rule rule, int line, string message, string sink, string? source, string code, Severity? severity = null, bool secretOnLine = false) =>
        _findings.TryAdd((rule.Id.ToString(), line), CodeFinding.Create(rule, new SourceLocation(Path, line), message, sink, source, code, severity, secretOnLine ? new SourceLocation(Path, line) : null));

    /// <summary>
    /// The settings module production runs with: <c>settings.py</c>, or in a <c>settings/</c>
    /// package any module not named for development or tests (<c>base.py</c>, <c>prod.py</c>, <c>production.py</c>).
    /// </summary>
    public bool IsProductionSettings
    {
        get
        {
            var lower = Path.ToLowerInvariant();
            var name = FileName.ToLowerInvariant();
            if (name == "settings.py")
            {
                return true;
            }

            if (!lower.Contains("/settings/", StringComparison.Ordinal) && !lower.StartsWith("settings/", StringComparison.Ordinal))
            {
                return false;
            }

            return !(name.StartsWith("dev", StringComparison.Ordinal) || name.StartsWith("local", StringComparison.Ordinal) || name.StartsWith("test", StringComparison.Ordinal)
                || name.StartsWith("ci", StringComparison.Ordinal) || name.Contains("example", StringComparison.Ordinal));
        }
    }

    /// <summary>Test code (tests/ folders, test_*.py, *_test.py, conftest.py): its fixtures and fake keys are not findings.</summary>
    public static bool IsTestPath(string path)
    {
        var name = path[(path.LastIndexOf('/') + 1)..];
        return name.StartsWith("test_", StringComparison.Ordinal) || name.EndsWith("_test.py", StringComparison.Ordinal) || name is "conftest.py" or "tests.py"
            || path.Split('/').SkipLast(1).Any(part => part is "tests" or "test" or "testing");
    }
}
