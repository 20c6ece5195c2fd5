using System.Buffers;
using Rampart.Secrets.Catalog;

namespace Rampart.Secrets.Matching;

/// <summary>
/// The prefilter: finds every occurrence of any rule keyword (case-insensitively) and says which
/// rules it wakes. Regexes then run only on small windows around those hits.
/// </summary>
internal sealed class KeywordIndex
{
    private readonly SearchValues<string> _keywords;
    private readonly Dictionary<char, (string Keyword, SecretRule[] Rules)[]> _byFirstChar;

    public KeywordIndex(IEnumerable<SecretRule> rules)
    {
        var byKeyword = rules
            .SelectMany(rule => rule.Keywords.Select(keyword => (Keyword: keyword, Rule: rule)))
            .GroupBy(p => p.Keyword, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Rule).Distinct().ToArray(), StringComparer.Ordinal);
        _keywords = SearchValues.Create([.. byKeyword.Keys], StringComparison.OrdinalIgnoreCase);
        _byFirstChar = byKeyword
            .GroupBy(p => p.Key[0])
            .ToDictionary(g => g.Key, g => g.Select(p => (p.Key, p.Value)).ToArray());
    }

    /// <summary>Calls <paramref name="onHit"/> for each keyword occurrence with its position, length and rules.</summary>
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
