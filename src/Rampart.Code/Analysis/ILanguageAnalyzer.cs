using Rampart.Core.Findings;
using Rampart.Core.Scanning;

namespace Rampart.Code.Analysis;

/// <summary>
/// The code rules for one language (C#, JavaScript/TypeScript, Python): reads that language's
/// files through the <see cref="ScanContext"/> and reports findings of <see cref="CodeRules"/>.
/// A file that does not parse becomes a warning, never an abort.
/// </summary>
public interface ILanguageAnalyzer
{
    /// <summary>Short name for warnings, e.g. <c>csharp-code</c>.</summary>
    string Name { get; }

    Task<IReadOnlyList<Finding>> AnalyzeAsync(ScanContext context, CancellationToken cancellationToken);
}
