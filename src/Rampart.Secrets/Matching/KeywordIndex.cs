using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Rampart.Secrets.Catalog;

namespace Rampart.Secrets.Matching;

/// <summary>
/// The prefilter: finds every occurrence of any rule keyword (ASCII, case-insensitively) and says
/// which rules it wakes. Regexes then run only on small windows around those hits.
/// </summary>
/// <remarks>
/// One pass over the text whatever the number of keywords. The last four characters, folded to
/// 7-bit lower case, roll through a 28-bit value; a bitmap of every keyword's first four
/// characters (hashed into 2^20 bits) and an exact bitmap of three-character keywords reject
/// almost every position with one or two lookups, and only the rest are compared with the
/// keywords themselves. Measured here, SearchValues&lt;string&gt; over ~450 keywords ran at
/// ~190 MB/s (Aho-Corasick), and split into small groups slower still (one pass per group).
/// </remarks>
internal sealed class KeywordIndex
{
    private const int Bits = 7;
    private const int Ascii = (1 << Bits) - 1;
    private const int QuadMask = (1 << (4 * Bits)) - 1;
    private const int TriMask = (1 << (3 * Bits)) - 1;
    private const int QuadHashBits = 20;

    private static readonly byte[] Folded = BuildFoldTable();

    private readonly ulong[] _quadBloom = new ulong[(1 << QuadHashBits) / 64];
    private readonly ulong[] _triBits = new ulong[(1 << (3 * Bits)) / 64];
    private readonly Dictionary<int, (string Keyword, SecretRule[] Rules)[]> _byQuad = [];
    private readonly Dictionary<int, (string Keyword, SecretRule[] Rules)[]> _byTri = [];

    public KeywordIndex(IEnumerable<SecretRule> rules)
    {
        var byKeyword = rules
            .SelectMany(rule => rule.Keywords.Select(keyword => (Keyword: keyword, Rule: rule)))
            .GroupBy(p => p.Keyword, StringComparer.Ordinal)
            .Select(g => (Keyword: g.Key, Rules: g.Select(p => p.Rule).Distinct().ToArray()))
            .ToList();
        foreach (var (keyword, _) in byKeyword.Where(k => k.Keyword.Length < 3 || k.Keyword.Any(c => c > Ascii)))
        {
            throw new ArgumentException($"keyword '{keyword}' must be ASCII and at least three characters");
        }

        foreach (var group in byKeyword.Where(k => k.Keyword.Length >= 4).GroupBy(k => Pack(k.Keyword, 4)))
        {
            Set(_quadBloom, Hash(group.Key));
            _byQuad[group.Key] = [.. group];
        }

        foreach (var group in byKeyword.Where(k => k.Keyword.Length == 3).GroupBy(k => Pack(k.Keyword, 3)))
        {
            Set(_triBits, group.Key);
            _byTri[group.Key] = [.. group];
        }
    }

    /// <summary>Calls <paramref name="onHit"/> for each keyword occurrence with its position, length and rules.</summary>
    public void ForEachHit(string text, Action<int, int, SecretRule[]> onHit)
    {
        ref var first = ref MemoryMarshal.GetReference(text.AsSpan());
        var rolling = 0;
        for (var i = 0; i < text.Length; i++)
        {
            rolling = (rolling << Bits) | Folded[Unsafe.Add(ref first, i)];
            // A keyword of four or more characters starting at i - 3 ...
            if (i >= 3 && IsSet(_quadBloom, Hash(rolling & QuadMask)))
            {
                Verify(_byQuad, rolling & QuadMask, text, i - 3, onHit);
            }

            // ... or of exactly three characters starting at i - 2.
            if (i >= 2 && IsSet(_triBits, rolling & TriMask))
            {
                Verify(_byTri, rolling & TriMask, text, i - 2, onHit);
            }
        }
    }

    private static void Verify(Dictionary<int, (string Keyword, SecretRule[] Rules)[]> byPrefix, int prefix, string text, int start, Action<int, int, SecretRule[]> onHit)
    {
        if (!byPrefix.TryGetValue(prefix, out var candidates))
        {
            return;
        }

        foreach (var (keyword, rules) in candidates)
        {
            if (text.AsSpan(start).StartsWith(keyword, StringComparison.OrdinalIgnoreCase))
            {
                onHit(start, keyword.Length, rules);
            }
        }
    }

    /// <summary>ASCII lower-case for every UTF-16 code unit; anything outside ASCII (no keyword has it) is 0.</summary>
    private static byte[] BuildFoldTable()
    {
        var table = new byte[char.MaxValue + 1];
        for (var c = 1; c <= Ascii; c++)
        {
            table[c] = (byte)(c is >= 'A' and <= 'Z' ? c | 0x20 : c);
        }

        return table;
    }

    private static int Pack(string keyword, int length)
    {
        var value = 0;
        for (var i = 0; i < length; i++)
        {
            value = (value << Bits) | Folded[keyword[i]];
        }

        return value;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Hash(int quad) => (int)(((uint)quad * 2654435761u) >> (32 - QuadHashBits));

    private static void Set(ulong[] bitmap, int index) => bitmap[index >> 6] |= 1UL << (index & 63);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsSet(ulong[] bitmap, int index) => (bitmap[index >> 6] & (1UL << (index & 63))) != 0;
}
