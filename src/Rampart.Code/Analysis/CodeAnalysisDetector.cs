using Rampart.Core.Detectors;
using Rampart.Core.Findings;
using Rampart.Core.Rules;
using Rampart.Core.Scanning;

namespace Rampart.Code.Analysis;

/// <summary>Runs every language analyzer; the rules are shared, the languages are not.</summary>
public sealed class CodeAnalysisDetector(IReadOnlyList<ILanguageAnalyzer> analyzers) : IDetector
{
    public string Name => "code";

    public DetectorFamily Family => DetectorFamily.Code;

    /// <summary>The AI-spend rule is reported by the route detector, which has the auth state.</summary>
    public IReadOnlyList<Rule> Rules { get; } = CodeRules.All.Where(r => r != CodeRules.UnauthenticatedAiSpend).ToList();

    public async Task<IReadOnlyList<Finding>> DetectAsync(ScanContext context, CancellationToken cancellationToken)
    {
        var findings = new List<Finding>();
        foreach (var analyzer in analyzers)
        {
            findings.AddRange(await analyzer.AnalyzeAsync(context, cancellationToken).ConfigureAwait(false));
        }

        return findings;
    }
}
