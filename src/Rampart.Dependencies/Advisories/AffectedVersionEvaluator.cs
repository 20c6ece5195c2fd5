using Rampart.Dependencies.Inventory;
using Rampart.Dependencies.Versions;

namespace Rampart.Dependencies.Advisories;

/// <summary>
/// Decides whether one exact version falls in an OSV `affected` entry, per the OSV evaluation
/// rules: the explicit `versions` list, then SEMVER and ECOSYSTEM ranges compared with the
/// ecosystem's own version rules whatever the range type says (GHSA types npm ranges ECOSYSTEM).
/// GIT ranges are skipped. A range holding a version the scheme cannot read is skipped with a
/// problem line rather than half-evaluated, which could invent or hide a finding.
/// </summary>
internal sealed class AffectedVersionEvaluator(IVersionScheme scheme, string recordId, ICollection<string> problems)
{
    /// <summary>
    /// True when affected. The fixed versions above <paramref name="version"/> of the ranges that
    /// contain it are added to <paramref name="fixCandidates"/> (the caller picks the lowest that
    /// escapes every range).
    /// </summary>
    public bool IsAffected(OsvAffected affected, string versionText, IComparable version, ICollection<string>? fixCandidates = null)
    {
        var hit = InVersionList(affected, versionText, version);
        foreach (var range in affected.Ranges)
        {
            if (range.IsGit || !IsOrderedRange(range) || !TryParseEvents(range, out var events) || !InRange(range, versionText))
            {
                continue;
            }

            hit = true;
            foreach (var (item, bound) in events)
            {
                if (item.Kind == OsvEventKind.Fixed && bound is not null && scheme.Compare(bound, version) > 0)
                {
                    fixCandidates?.Add(item.Version);
                }
            }
        }

        // RetireNet lists affected versions only; its converter kept the source's fix version.
        if (hit && OsvJson.StringProperty(affected.DatabaseSpecific, "retirenet_fix") is { } retireFix
            && scheme.TryParse(retireFix, out var parsedFix) && parsedFix is not null && scheme.Compare(parsedFix, version) > 0)
        {
            fixCandidates?.Add(retireFix);
        }

        return hit;
    }

    private bool InVersionList(OsvAffected affected, string versionText, IComparable version)
    {
        var malformed = 0;
        var hit = false;
        foreach (var listed in affected.Versions)
        {
            if (string.Equals(listed, versionText, StringComparison.Ordinal))
            {
                hit = true;
                continue;
            }

            if (!scheme.TryParse(listed, out var parsed) || parsed is null)
            {
                malformed++;
                continue;
            }

            hit |= scheme.Compare(parsed, version) == 0;
        }

        if (malformed > 0)
        {
            problems.Add($"{recordId}: {malformed} listed {affected.Package.Name} version(s) are not valid {scheme.Ecosystem.ToOsvName()} versions and were skipped");
        }

        return hit;
    }

    private static bool IsOrderedRange(OsvRange range) =>
        range.Type.Equals("SEMVER", StringComparison.OrdinalIgnoreCase) || range.Type.Equals("ECOSYSTEM", StringComparison.OrdinalIgnoreCase);

    private bool TryParseEvents(OsvRange range, out List<(OsvEvent Event, IComparable? Version)> events)
    {
        events = new List<(OsvEvent, IComparable?)>(range.Events.Count);
        foreach (var item in range.Events)
        {
            // Sentinels: introduced "0" is "from the first version", limit "*" is "no limit".
            if (item is { Kind: OsvEventKind.Introduced, Version: "0" } or { Kind: OsvEventKind.Limit, Version: "*" })
            {
                events.Add((item, null));
                continue;
            }

            if (!scheme.TryParse(item.Version, out var parsed) || parsed is null)
            {
                problems.Add($"{recordId}: range skipped, \"{item.Version}\" is not a valid {scheme.Ecosystem.ToOsvName()} version");
                return false;
            }

            events.Add((item, parsed));
        }

        return !IsInverted(events);
    }

    /// <summary>
    /// A fix that sorts before its own `introduced` (GHSA-qj66-m88j-hmgj's typo `9.0.0-1.24431.7`)
    /// would, once events are sorted, leave every later version affected. Such a range is reported
    /// and skipped instead.
    /// </summary>
    private bool IsInverted(List<(OsvEvent Event, IComparable? Version)> events)
    {
        for (var i = 1; i < events.Count; i++)
        {
            var (previous, start) = events[i - 1];
            var (item, end) = events[i];
            if (previous.Kind == OsvEventKind.Introduced && start is not null
                && item.Kind is (OsvEventKind.Fixed or OsvEventKind.LastAffected) && scheme.Compare(end!, start) < 0)
            {
                problems.Add($"{recordId}: range skipped, \"{item.Version}\" sorts before \"{previous.Version}\" under {scheme.Ecosystem.ToOsvName()} rules");
                return true;
            }
        }

        return false;
    }

    /// <summary>The OSV walk itself is <see cref="OsvRangeEvaluator"/>'s; this class only decides which ranges are sound enough to walk.</summary>
    private bool InRange(OsvRange range, string versionText) =>
        OsvRangeEvaluator.IsAffected(scheme, versionText, range.Events.Select(e => (KindName(e.Kind), e.Version)).ToArray());

    private static string KindName(OsvEventKind kind) => kind switch
    {
        OsvEventKind.Introduced => OsvRangeEvaluator.Introduced,
        OsvEventKind.Fixed => OsvRangeEvaluator.Fixed,
        OsvEventKind.LastAffected => OsvRangeEvaluator.LastAffected,
        _ => OsvRangeEvaluator.Limit,
    };
}
