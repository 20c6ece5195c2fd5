using System.Text.RegularExpressions;
using Rampart.Secrets.Catalog;

namespace Rampart.Secrets.Matching;

/// <summary>
/// Finds secrets in one text: keyword prefilter, then each woken rule's regex on a window around
/// its hits (merged when they overlap), then the rule's entropy, context and path gates and the
/// placeholder filter.
/// </summary>
internal sealed class SecretMatcher
{
    private const int LookBehind = 512;
    private const int ContextRadius = 200;

    private readonly KeywordIndex _index;

    public SecretMatcher(IReadOnlyList<SecretRule> rules)
    {
        Rules = rules;
        _index = new KeywordIndex(rules);
    }

    public IReadOnlyList<SecretRule> Rules { get; }

    /// <summary>Files and rules whose regex hit the match timeout (pathological input): reported as warnings.</summary>
    public System.Collections.Concurrent.ConcurrentBag<(string Path, string Rule)> TimedOut { get; } = [];

    public List<SecretMatch> Find(string path, string text)
    {
        var windows = new Dictionary<SecretRule, List<(int Start, int End)>>();
        _index.ForEachHit(text, (hit, length, rules) =>
        {
            foreach (var rule in rules)
            {
                if (!windows.TryGetValue(rule, out var list))
                {
                    windows[rule] = list = [];
                }

                list.Add(Window(text, hit, length, rule));
            }
        });

        var matches = new List<SecretMatch>();
        foreach (var (rule, ranges) in windows)
        {
            if ((rule.Paths is { } paths && !paths.IsMatch(path)) || (rule.ExcludePaths is { } excluded && excluded.IsMatch(path)))
            {
                continue;
            }

            var seen = new HashSet<int>();
            foreach (var (start, end) in Merge(ranges))
            {
                try
                {
                    for (var match = rule.Pattern.Match(text, start, end - start); match.Success; match = match.NextMatch())
                    {
                        if (Accept(rule, match, text) is { } accepted && seen.Add(accepted.Start))
                        {
                            matches.Add(accepted);
                        }
                    }
                }
                catch (RegexMatchTimeoutException)
                {
                    TimedOut.Add((path, rule.Rule.Id.Value));
                }
            }
        }

        // A provider rule says more than a generic one about the same value: keep only the provider's.
        matches.RemoveAll(generic => generic.Rule.IsGeneric && matches.Any(m => !m.Rule.IsGeneric && m.Start < generic.Start + generic.Length && generic.Start < m.Start + m.Length));

        // Two providers with the same key shape (Stripe and Clerk both use sk_live_): the rule
        // that also saw its provider's name nearby wins, so one value is one finding.
        matches.RemoveAll(m => m.Rule.Context is null && matches.Any(other => other.Rule.Context is not null && other.Start == m.Start && other.Length == m.Length));
        matches.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : string.CompareOrdinal(a.Rule.Rule.Id.Value, b.Rule.Rule.Id.Value));
        return matches;
    }

    private static SecretMatch? Accept(SecretRule rule, Match match, string text)
    {
        var group = match.Groups[rule.SecretGroup];
        if (!group.Success || group.Length == 0)
        {
            return null;
        }

        var value = group.Value;
        if (PlaceholderFilter.IsPlaceholder(value) || (rule.MinEntropy is { } min && Entropy.Of(value) < min) || rule.Exclude?.IsMatch(value) == true)
        {
            return null;
        }

        if (rule.KeyGroup is { } keyGroup && rule.ExcludeKey is { } excludeKey && excludeKey.IsMatch(match.Groups[keyGroup].Value))
        {
            return null;
        }

        if (rule.Context is { } context)
        {
            var from = Math.Max(0, group.Index - ContextRadius);
            var to = Math.Min(text.Length, group.Index + group.Length + ContextRadius);
            if (!context.IsMatch(text.AsSpan(from, to - from)))
            {
                return null;
            }
        }

        return new SecretMatch(rule, group.Index, group.Length, value);
    }

    /// <summary>
    /// From the start of the hit's line (so <c>\b</c> and <c>^</c> see a real boundary), or a bounded
    /// look-behind on very long lines, to as far as a match of this rule can reach.
    /// </summary>
    private static (int Start, int End) Window(string text, int hit, int keywordLength, SecretRule rule)
    {
        var lineStart = text.LastIndexOf('\n', Math.Max(0, hit - 1)) + 1;
        if (hit == 0)
        {
            lineStart = 0;
        }

        var start = hit - lineStart <= LookBehind ? lineStart : hit - LookBehind;
        var limit = Math.Min(text.Length, hit + keywordLength + rule.MaxMatchLength);
        var end = limit;
        if (!rule.SpansLines)
        {
            var lineEnd = text.IndexOf('\n', hit + keywordLength, limit - hit - keywordLength);
            end = lineEnd < 0 ? limit : lineEnd;
        }

        return (start, end);
    }

    private static IEnumerable<(int Start, int End)> Merge(List<(int Start, int End)> ranges)
    {
        ranges.Sort((a, b) => a.Start.CompareTo(b.Start));
        var (start, end) = ranges[0];
        foreach (var (nextStart, nextEnd) in ranges.Skip(1))
        {
            if (nextStart <= end)
            {
                end = Math.Max(end, nextEnd);
                continue;
            }

            yield return (start, end);
            (start, end) = (nextStart, nextEnd);
        }

        yield return (start, end);
    }
}
