using Rampart.Core.Detectors;
using Rampart.Core.Findings;
using Rampart.Core.Rules;
using Rampart.Core.Scanning;

namespace Rampart.Tests.TestSupport;

/// <summary>
/// A minimal line-level detector (every <c>risky(</c> call in a .py file) for testing what the
/// engine does with findings on lines: snippets, inline suppressions, baselines.
/// </summary>
internal sealed class RiskyCallDetector : IDetector
{
    public static Rule Rule { get; } = new()
    {
        Id = RuleId.Parse("RMP-C900"),
        Name = "risky-call",
        Title = "A call to risky()",
        Category = FindingCategory.Injection,
        DefaultSeverity = Severity.High,
        DefaultConfidence = Confidence.High,
        Description = "Test rule.",
        Remediation = "Call safe() instead.",
    };

    public string Name => "risky-call";

    public DetectorFamily Family => DetectorFamily.Code;

    public IReadOnlyList<Rule> Rules => [Rule];

    public async Task<IReadOnlyList<Finding>> DetectAsync(ScanContext context, CancellationToken cancellationToken)
    {
        var findings = new System.Collections.Concurrent.ConcurrentBag<Finding>();
        await context.ForEachTextAsync(f => f.Extension == ".py", (text, _) =>
        {
            for (var index = text.Text.IndexOf("risky(", StringComparison.Ordinal); index >= 0; index = text.Text.IndexOf("risky(", index + 1, StringComparison.Ordinal))
            {
                var location = text.LocationOf(index, "risky(".Length);
                findings.Add(new Finding
                {
                    RuleId = Rule.Id,
                    Severity = Rule.DefaultSeverity,
                    Confidence = Rule.DefaultConfidence,
                    Message = "risky() called",
                    Location = location,
                    Fingerprint = Fingerprint.Create(Rule.Id, text.Path, text.Line(location.Line)),
                    Evidence = new CodeEvidence("risky"),
                });
            }

            return ValueTask.CompletedTask;
        }, cancellationToken);
        return [.. findings];
    }
}
