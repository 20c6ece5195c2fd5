using Rampart.Code.Analysis;

namespace Rampart.Cli;

/// <summary>The one explicit list of language analyzers (the code rules per language) that `scan` runs.</summary>
internal static class BuiltInLanguageAnalyzers
{
    public static IReadOnlyList<ILanguageAnalyzer> Create() =>
    [
        new Rampart.Code.Analysis.JavaScript.JavaScriptCodeAnalyzer(),
    ];
}
