using System.Collections.Concurrent;
using Rampart.Core.Detectors;
using Rampart.Core.Findings;
using Rampart.Core.Rules;
using Rampart.Core.Scanning;
using Rampart.Secrets.Catalog;
using Rampart.Secrets.Checks;
using Rampart.Secrets.Detection;
using Rampart.Secrets.History;
using Rampart.Secrets.Matching;

namespace Rampart.Secrets;

/// <summary>
/// The secrets family: every file of the scan and, for a repository, every unique blob of its
/// history, through one matcher; the same secret anywhere is one finding.
/// </summary>
public sealed class SecretsDetector : IDetector
{
    private static readonly Lazy<IReadOnlyList<SecretRule>> DataRules = new(SecretRuleLoader.LoadEmbedded);

    private readonly SecretMatcher _matcher = new([.. DataRules.Value, CodeSecretRules.Jwt]);

    public string Name => "secrets";

    public DetectorFamily Family => DetectorFamily.Secrets;

    public IReadOnlyList<Rule> Rules { get; } = [.. DataRules.Value.Select(r => r.Rule), .. SecretsRules.CodeRules];

    internal static IReadOnlyList<SecretRule> LoadedRules => DataRules.Value;

    public async Task<IReadOnlyList<Finding>> DetectAsync(ScanContext context, CancellationToken cancellationToken)
    {
        var clientCode = await ClientCode.DiscoverAsync(context, cancellationToken).ConfigureAwait(false);
        var finder = new SecretOccurrenceFinder(_matcher, clientCode, context.Time.GetUtcNow());
        var occurrences = new ConcurrentBag<SecretOccurrence>();
        await context.ForEachTextAsync(_ => true, (text, _) =>
        {
            foreach (var occurrence in finder.Find(text))
            {
                occurrences.Add(occurrence);
            }

            return ValueTask.CompletedTask;
        }, cancellationToken).ConfigureAwait(false);

        if (context.IncludeHistory && context.Git is { } git)
        {
            foreach (var occurrence in await new HistoryScan(finder).ScanAsync(context, git, cancellationToken).ConfigureAwait(false))
            {
                occurrences.Add(occurrence);
            }
        }

        foreach (var (path, rule) in _matcher.TimedOut.Distinct())
        {
            context.Warnings.Add(new ScanWarning($"rule {rule} timed out on this file and was skipped for it") { Path = path });
        }

        var findings = SecretFindingBuilder.Build(occurrences);
        findings.AddRange(await SecretFileCheck.CheckAsync(context, cancellationToken).ConfigureAwait(false));
        return findings;
    }
}
