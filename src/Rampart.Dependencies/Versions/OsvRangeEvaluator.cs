namespace Rampart.Dependencies.Versions;

/// <summary>
/// Evaluates an OSV `ECOSYSTEM` or `SEMVER` range for one version, following the OSV schema's
/// algorithm: sort the events by version (introduced "0" first), walk them, and let each event the
/// version has passed switch it in or out; `limit` events cap the range. Versions are compared with
/// the package's ecosystem scheme whatever the range type says (GHSA types npm ranges `ECOSYSTEM`).
/// `GIT` ranges are the caller's to skip.
/// </summary>
public static class OsvRangeEvaluator
{
    public const string Introduced = "introduced";
    public const string Fixed = "fixed";
    public const string LastAffected = "last_affected";
    public const string Limit = "limit";

    public static bool IsAffected(IVersionScheme scheme, string version, IReadOnlyList<(string Kind, string Version)> events) =>
        Evaluate(scheme, version, events).IsAffected;

    public static OsvRangeVerdict Evaluate(
        IVersionScheme scheme,
        string version,
        IReadOnlyList<(string Kind, string Version)> events)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        ArgumentNullException.ThrowIfNull(events);
        if (!scheme.TryParse(version, out var candidate))
        {
            return new OsvRangeVerdict(false, [$"version '{version}' is not a valid {scheme.Ecosystem} version"]);
        }

        var problems = new List<string>();
        var parsed = ParseEvents(scheme, events, problems);
        var affected = InRange(scheme, candidate!, parsed) && BeforeLimits(scheme, candidate!, parsed);
        return new OsvRangeVerdict(affected, problems);
    }

    /// <summary>True when an OSV `versions` list names the version, compared by the scheme (NuGet 1.0 is 1.0.0).</summary>
    public static bool IsListed(IVersionScheme scheme, string version, IEnumerable<string> versions)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        if (!scheme.TryParse(version, out var candidate))
        {
            return false;
        }

        return versions.Any(listed => scheme.TryParse(listed, out var v) && scheme.Compare(candidate!, v!) == 0);
    }

    private static bool InRange(IVersionScheme scheme, IComparable candidate, List<Event> events)
    {
        var affected = false;
        var sorted = events.Where(e => e.Kind != Limit).Order(new EventOrder(scheme));
        foreach (var e in sorted)
        {
            if (e.Kind == Introduced && (e.Version is null || scheme.Compare(candidate, e.Version) >= 0))
            {
                affected = true;
            }
            else if (e.Kind == Fixed && scheme.Compare(candidate, e.Version!) >= 0)
            {
                affected = false;
            }
            else if (e.Kind == LastAffected && scheme.Compare(candidate, e.Version!) > 0)
            {
                affected = false;
            }
        }

        return affected;
    }

    private static bool BeforeLimits(IVersionScheme scheme, IComparable candidate, List<Event> events)
    {
        var limits = events.Where(e => e.Kind == Limit).ToList();
        return limits.Count == 0
            || limits.Any(e => e.Version is null || scheme.Compare(candidate, e.Version) < 0);
    }

    // A null version stands for the OSV sentinels: introduced "0" (before everything) and limit "*".
    private static List<Event> ParseEvents(
        IVersionScheme scheme,
        IReadOnlyList<(string Kind, string Version)> events,
        List<string> problems)
    {
        var parsed = new List<Event>();
        foreach (var (kind, text) in events)
        {
            if (kind is not (Introduced or Fixed or LastAffected or Limit))
            {
                problems.Add($"unknown OSV range event '{kind}' skipped");
                continue;
            }

            if ((kind == Introduced && text == "0") || (kind == Limit && text == "*"))
            {
                parsed.Add(new Event(kind, null));
                continue;
            }

            if (!scheme.TryParse(text, out var version))
            {
                problems.Add($"{kind} version '{text}' is not a valid {scheme.Ecosystem} version; event skipped");
                continue;
            }

            parsed.Add(new Event(kind, version));
        }

        return parsed;
    }

    private sealed record Event(string Kind, IComparable? Version);

    private sealed class EventOrder(IVersionScheme scheme) : IComparer<Event>
    {
        public int Compare(Event? x, Event? y) => (x!.Version, y!.Version) switch
        {
            (null, null) => 0,
            (null, _) => -1,
            (_, null) => 1,
            var (a, b) => scheme.Compare(a, b),
        };
    }
}
