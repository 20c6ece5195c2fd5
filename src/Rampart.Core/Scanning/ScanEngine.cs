using Rampart.Core.Configuration;
using Rampart.Core.Detectors;
using Rampart.Core.Findings;
using Rampart.Core.Git;
using Rampart.Core.Reports;
using Rampart.Core.Rules;

namespace Rampart.Core.Scanning;

/// <summary>
/// Runs detectors over one walk of the tree and turns their findings into a report: config
/// re-rating, snippets, suppressions, baseline, ordering and the gate. A detector that throws
/// makes the scan incomplete; it never takes the other detectors down.
/// </summary>
public sealed class ScanEngine(IReadOnlyList<IDetector> detectors, TimeProvider time, string toolVersion)
{
    public RuleCatalog Catalog { get; } = new(detectors.SelectMany(d => d.Rules));

    public async Task<ScanReport> ScanAsync(ScanRequest request, IProgress<ScanProgress>? progress, CancellationToken cancellationToken)
    {
        var startedAt = time.GetUtcNow();
        RuleOverrides.Validate(request.Config, Catalog);
        var selected = detectors.Where(d => request.Includes(d.Family)).ToList();
        var total = selected.Count + 1;

        progress?.Report(new ScanProgress("walking files", 0, total));
        var walkOptions = new WalkOptions
        {
            MaxFileSize = request.Config.MaxFileSize ?? WalkOptions.DefaultMaxFileSize,
            ExcludePatterns = request.Config.Exclude,
        };
        var git = request.Source == ScanSource.Stdin ? null : await GitRepository.OpenAsync(request.Root, cancellationToken).ConfigureAwait(false);
        var source = CreateSource(request, walkOptions, git);
        var inventory = await source.ListAsync(cancellationToken).ConfigureAwait(false);
        var context = new ScanContext(Path.GetFullPath(request.Root), inventory, source, request.Config, time, Environment.ProcessorCount)
        {
            Git = request.Source == ScanSource.WorkingTree ? git : null,
            IncludeHistory = request.IncludeHistory && request.Source == ScanSource.WorkingTree && git is not null,
        };
        foreach (var family in request.Families.Where(f => !selected.Any(d => d.Family == f)).Order())
        {
            context.Warnings.Add(new ScanWarning($"no detectors for the {family.ToName()} family yet: nothing was checked for it"));
        }

        var raw = new List<Finding>();
        for (var i = 0; i < selected.Count; i++)
        {
            progress?.Report(new ScanProgress(selected[i].Name, i + 1, total));
            raw.AddRange(await RunDetectorAsync(selected[i], context, cancellationToken).ConfigureAwait(false));
        }

        progress?.Report(new ScanProgress("reporting", total, total));
        var processed = await FindingPostProcessor.ProcessAsync(raw, request, context, cancellationToken).ConfigureAwait(false);
        return new ScanReport
        {
            ToolVersion = toolVersion,
            Root = context.Root,
            StartedAt = startedAt,
            FinishedAt = time.GetUtcNow(),
            Families = [.. Enum.GetValues<DetectorFamily>().Where(request.Includes)],
            Rules = [.. selected.SelectMany(d => d.Rules).OrderBy(r => r.Id.Value, StringComparer.Ordinal)],
            Findings = processed.Findings,
            Suppressed = processed.Suppressed,
            BaselinedCount = processed.BaselinedCount,
            Warnings = [.. processed.Warnings, .. context.Warnings.ToList()],
            SkippedFiles = [.. inventory.Skipped.Concat(context.SkippedWhileReading).OrderBy(s => s.Path, StringComparer.Ordinal)],
            FilesScanned = inventory.Files.Count - context.SkippedWhileReading.Count,
            Gate = GateResult.Evaluate(request.EffectiveFailOn, processed.Findings),
        };
    }

    private static IFileSource CreateSource(ScanRequest request, WalkOptions walkOptions, GitRepository? git) => request.Source switch
    {
        ScanSource.Stdin => new StdinSource(request.StdinContent),
        ScanSource.Staged => git is null
            ? throw new ConfigException($"{request.Root}: --staged needs a git repository")
            : new StagedSource(git, walkOptions.MaxFileSize),
        _ => new WorkingTreeSource(request.Root, walkOptions),
    };

    private static async Task<IReadOnlyList<Finding>> RunDetectorAsync(IDetector detector, ScanContext context, CancellationToken cancellationToken)
    {
        try
        {
            var findings = await detector.DetectAsync(context, cancellationToken).ConfigureAwait(false);
            var own = detector.Rules.Select(r => r.Id).ToHashSet();
            var stray = findings.FirstOrDefault(f => !own.Contains(f.RuleId));
            return stray is null
                ? findings
                : throw new InvalidOperationException($"it reported {stray.RuleId}, which is not one of its rules");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            context.Warnings.Add(new ScanWarning($"detector '{detector.Name}' failed: {e.GetType().Name}: {e.Message.Split('\n')[0]}")
            {
                Detector = detector.Name,
                MakesScanIncomplete = true,
            });
            return [];
        }
    }
}
