using Rampart.Core.Configuration;
using Rampart.Core.Findings;
using Rampart.Core.Suppressions;

namespace Rampart.Core.Scanning;

/// <summary>
/// Everything between detector output and the report: rule overrides, snippets, inline and
/// configured suppressions, the baseline and report order.
/// </summary>
internal static class FindingPostProcessor
{
    public sealed record Result(IReadOnlyList<Finding> Findings, IReadOnlyList<SuppressedFinding> Suppressed, int BaselinedCount, IReadOnlyList<ScanWarning> Warnings);

    public static async Task<Result> ProcessAsync(IEnumerable<Finding> raw, ScanRequest request, ScanContext context, CancellationToken cancellationToken)
    {
        var all = raw.ToList();
        // Secrets are masked in every snippet, even when their own rule is disabled by configuration.
        var secretSpans = all
            .Where(f => f.Evidence is SecretEvidence)
            .SelectMany(f => f.RelatedLocations.Prepend(f.Location))
            .Concat(all.Select(f => (f.Evidence as CodeEvidence)?.SecretSpan).OfType<SourceLocation>())
            .Where(l => l.HasLine && l.Revision is null)
            .ToLookup(l => l.Path, StringComparer.Ordinal);
        var configured = all
            .Select(f => RuleOverrides.Apply(request.Config, f))
            .OfType<Finding>()
            .Select(f => f with { Message = UrlCredentials.Redact(f.Message) })
            .ToList();
        var warnings = new List<ScanWarning>();
        var withSnippets = await AttachSnippetsAsync(configured, secretSpans, context, cancellationToken).ConfigureAwait(false);

        var kept = new List<Finding>();
        var suppressed = new List<SuppressedFinding>();
        var today = DateOnly.FromDateTime(context.Time.GetUtcNow().UtcDateTime);
        var reportedExpired = new HashSet<Suppression>();
        foreach (var (finding, text) in withSnippets)
        {
            if (InlineSuppressionFor(finding, text, warnings) is { } inline)
            {
                suppressed.Add(new SuppressedFinding(finding, SuppressionKind.Inline, inline.Reason));
                continue;
            }

            var covering = request.Config.Suppressions.Where(s => s.Covers(finding)).ToList();
            if (covering.FirstOrDefault(s => !s.IsExpired(today)) is { } active)
            {
                suppressed.Add(new SuppressedFinding(finding, SuppressionKind.Config, active.Reason));
                continue;
            }

            foreach (var match in covering.Where(reportedExpired.Add))
            {
                warnings.Add(new ScanWarning($"suppression of {match.Rule} for '{match.Path}' expired on {match.Expires:yyyy-MM-dd} and no longer applies")
                {
                    Path = request.Config.SourcePath ?? ConfigLoader.DefaultFileName,
                });
            }

            kept.Add(finding);
        }

        var baselined = request.Baseline is null ? 0 : kept.RemoveAll(request.Baseline.Contains);
        return new Result(Order(kept, f => f), Order(suppressed, s => s.Finding), baselined, [.. warnings.Distinct()]);
    }

    private static List<T> Order<T>(IEnumerable<T> items, Func<T, Finding> finding) =>
    [
        .. items
            .OrderByDescending(x => finding(x).Severity)
            .ThenBy(x => finding(x).Location.Path, StringComparer.Ordinal)
            .ThenBy(x => finding(x).Location.Line)
            .ThenBy(x => finding(x).RuleId.Value, StringComparer.Ordinal)
            .ThenBy(x => finding(x).Fingerprint, StringComparer.Ordinal),
    ];

    /// <summary>Reads each file with findings once, for snippets and inline suppressions.</summary>
    private static async Task<List<(Finding Finding, FileText? Text)>> AttachSnippetsAsync(List<Finding> findings, ILookup<string, SourceLocation> secretSpans, ScanContext context, CancellationToken cancellationToken)
    {
        var files = context.Files.ToDictionary(f => f.Path, StringComparer.Ordinal);
        var result = new List<(Finding, FileText?)>();
        foreach (var group in findings.GroupBy(f => f.Location.Path, StringComparer.Ordinal))
        {
            // Locations in git history are not in the working tree file of the same name.
            var text = group.Any(IsInWorkingTree) && files.TryGetValue(group.Key, out var file)
                ? await context.ReadTextAsync(file, cancellationToken).ConfigureAwait(false)
                : null;
            var spans = secretSpans[group.Key].ToList();
            foreach (var finding in group)
            {
                var inWorkingTree = IsInWorkingTree(finding);
                var snippet = text is null || !inWorkingTree ? finding.Snippet : SnippetBuilder.Build(text, finding.Location, spans);
                result.Add((finding with { Snippet = snippet }, inWorkingTree ? text : null));
            }
        }

        return result;
    }

    private static bool IsInWorkingTree(Finding finding) => finding.Location.HasLine && finding.Location.Revision is null;

    private static InlineSuppression? InlineSuppressionFor(Finding finding, FileText? text, List<ScanWarning> warnings)
    {
        if (text is null || !finding.Location.HasLine)
        {
            return null;
        }

        for (var line = finding.Location.Line; line >= Math.Max(1, finding.Location.Line - 1); line--)
        {
            if (line > text.Lines.LineCount || InlineSuppression.Parse(text.Line(line)) is not { } suppression || !suppression.Covers(finding.RuleId))
            {
                continue;
            }

            if (suppression.Reason.Length > 0)
            {
                return suppression;
            }

            warnings.Add(new ScanWarning($"'{InlineSuppression.Marker} {finding.RuleId}' on line {line} gives no reason, so it does not suppress") { Path = finding.Location.Path });
        }

        return null;
    }
}
