namespace Rampart.Dependencies.Advisories;

/// <summary>
/// Reports a vulnerability once when several sources carry it (a GHSA and a RETIREJS record with
/// the same CVE). A GHSA record is always primary and two GHSA records never merge: converted
/// sources sometimes alias several distinct GHSAs to one entry, and those must stay separate.
/// A non-GHSA record joins the GHSA it names, else (naming none) one it shares an alias with.
/// </summary>
internal static class AdvisoryMerger
{
    public static IReadOnlyList<AdvisoryMatch> Merge(IReadOnlyList<AdvisoryMatch> matches)
    {
        var groups = new List<Group>();
        foreach (var match in matches.OrderBy(m => IsGhsa(m.Id) ? 0 : 1).ThenBy(m => m.Id, StringComparer.Ordinal))
        {
            var names = NamesOf(match.Record);
            var target = IsGhsa(match.Id) ? null : TargetOf(match.Record, names, groups);
            if (target is null)
            {
                groups.Add(new Group(match, names));
                continue;
            }

            target.Duplicates.Add(match);
            target.Names.UnionWith(names);
        }

        return groups.Select(ToMatch).OrderBy(m => m.Id, StringComparer.Ordinal).ToArray();
    }

    /// <summary>
    /// A record that names GHSA ids joins only one of those: RETIREJS-lodash-10 shares
    /// CVE-2021-23337 with GHSA-35jh-r3h4-6jhm but is GHSA-r5fr-rjxr-66jc, a different advisory.
    /// </summary>
    private static Group? TargetOf(OsvRecord record, HashSet<string> names, List<Group> groups)
    {
        var ghsaAliases = record.Aliases.Where(IsGhsa).ToArray();
        return ghsaAliases.Length > 0
            ? groups.FirstOrDefault(g => ghsaAliases.Contains(g.Primary.Id, StringComparer.Ordinal))
            : groups.FirstOrDefault(g => g.Names.Overlaps(names));
    }

    private static AdvisoryMatch ToMatch(Group group)
    {
        var all = group.Duplicates.Prepend(group.Primary).ToArray();

        // The primary decides the fix; a duplicate only fills in what the primary lacks.
        var fix = all.Select(m => m.FixedVersion).FirstOrDefault(f => f is not null);
        var severity = all.Select(m => m.Severity).FirstOrDefault(s => s is not null);
        return group.Primary with
        {
            FixedVersion = fix,
            Severity = severity,
            DuplicateIds = group.Duplicates.Select(d => d.Id).ToArray(),
            Names = group.Names,
        };
    }

    private static HashSet<string> NamesOf(OsvRecord record) =>
        new(record.Aliases.Prepend(record.Id), StringComparer.Ordinal);

    private static bool IsGhsa(string id) => id.StartsWith("GHSA-", StringComparison.Ordinal);

    private sealed class Group(AdvisoryMatch primary, HashSet<string> names)
    {
        public AdvisoryMatch Primary { get; } = primary;

        public HashSet<string> Names { get; } = names;

        public List<AdvisoryMatch> Duplicates { get; } = [];
    }
}
