using Rampart.Code.Analysis;
using Rampart.Code.Analysis.CSharp;
using Rampart.Code.Analysis.JavaScript;
using Rampart.Code.Analysis.Python;

namespace Rampart.Cli;

/// <summary>The one explicit list of language analyzers (the code rules per language) that `scan` runs.</summary>
internal static class BuiltInLanguageAnalyzers
{
    public static IReadOnlyList<ILanguageAnalyzer> Create() =>
    [
        new CSharpCodeAnalyzer(),
        new JavaScriptCodeAnalyzer(),
        new PythonCodeAnalyzer(),
    ];
}
