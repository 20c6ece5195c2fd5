using System.Buffers;
using Rampart.Secrets.Catalog;

namespace Rampart.Secrets.Matching;

/// <summary>
/// The prefilter: finds every occurrence of any rule keyword (case-insensitively) and says which
/// rules it wakes. Regexes then run only on small windows around those hits.
/// </summary>
/// <remarks>
/// Keywords are searched in groups of at most <see cref="GroupSize"/>: SearchValues stays on its
/// vectorised path for small sets (GB/s), while hundreds of keywords in one set fall back to
/// Aho-Corasick (~200 MiB/s per core). A few fast passes beat one slow one.
/// </remarks>
internal sealed class KeywordIndex
{
    private const int GroupSize = 48;

    private readonly List<KeywordGroup> _groups = [];

    public KeywordIndex(IEnumerable<SecretRule> rules)
    {
        var byKeyword = rules
            .SelectMany(rule => rule.Keywords.Select(keyword => (Keyword: keyword, Rule: rule)))
            .GroupBy(p => p.Keyword, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (Keyword: g.Key, Rules: g.Select(p => p.Rule).Distinct().ToArray()))
            .ToList();
        for (var i = 0; i < byKeyword.Count; i += GroupSize)
        {
            _groups.Add(new KeywordGroup(byKeyword.Skip(i).Take(GroupSize).ToList()));
        }
    }

    /// <summary>Calls <paramref name="onHit"/> for each keyword occurrence with its position, length and rules.</summary>
    public void ForEachHit(string text, Action<int, int, SecretRule[]> onHit)
    {
        foreach (var group in _groups)
        {
            group.ForEachHit(text, onHit);
        }
    }

    private sealed class KeywordGroup
    {
        private readonly SearchValues<string> _keywords;
        private readonly Dictionary<char, (string Keyword, SecretRule[] Rules)[]> _byFirstChar;

        public KeywordGroup(List<(string Keyword, SecretRule[] Rules)> keywords)
        {
            _keywords = SearchValues.Create([.. keywords.Select(k => k.Keyword)], StringComparison.OrdinalIgnoreCase);
            _byFirstChar = keywords.GroupBy(k => k.Keyword[0]).ToDictionary(g => g.Key, g => g.ToArray());
        }

        public void ForEachHit(string text, Action<int, int, SecretRule[]> onHit)
        {
            var position = 0;
            while (position < text.Length)
            {
                var found = text.AsSpan(position).IndexOfAny(_keywords);
                if (found < 0)
                {
                    return;
                }

                var hit = position + found;
                if (_byFirstChar.TryGetValue(char.ToLowerInvariant(text[hit]), out var candidates))
                {
                    foreach (var (keyword, rules) in candidates)
                    {
                        if (text.AsSpan(hit).StartsWith(keyword, StringComparison.OrdinalIgnoreCase))
                        {
                            onHit(hit, keyword.Length, rules);
                        }
                    }
                }

                position = hit + 1;
            }
        }
    }
}
