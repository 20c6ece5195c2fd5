using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Rampart.Dependencies.Inventory;

namespace Rampart.Dependencies.Registry;

/// <summary>
/// How each ecosystem compares names (npm lower-case, PyPI PEP 503, NuGet case-insensitive), and
/// the confusable skeleton that makes look-alike names compare equal.
/// </summary>
public static partial class PackageNames
{
    /// <summary>The registry's own identity of a name: two names with equal forms are one package.</summary>
    public static string Normalise(Ecosystem ecosystem, string name) => ecosystem switch
    {
        // PEP 503: runs of '-', '_' and '.' are one '-'.
        Ecosystem.PyPI => PythonSeparators().Replace(name.Trim(), "-").ToLowerInvariant(),
        _ => name.Trim().ToLowerInvariant(),
    };

    /// <summary>
    /// What a name looks like to a reader: full-width forms folded, combining marks dropped, Cyrillic and Greek look-alikes
    /// mapped to Latin, `rn`→`m`, `vv`→`w`, `0`→`o`, `1` and capital `I`→`l`, and `_`/`-`/`.` made one
    /// separator. Two different names with one skeleton are a homoglyph pair.
    /// </summary>
    public static string Skeleton(string name)
    {
        // The build runs with invariant globalization, where Unicode normalisation is not
        // available: full-width forms are folded by hand and combining marks dropped.
        var trimmed = name.Trim();
        var builder = new StringBuilder(trimmed.Length);
        foreach (var raw in trimmed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(raw) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var c = raw is >= '\uFF01' and <= '\uFF5E' ? (char)(raw - 0xFEE0) : raw;

            // Capital I is a lower-case l in most fonts; decide before case is folded away.
            var lower = c == 'I' ? 'l' : char.ToLowerInvariant(c);
            builder.Append(Confusables.TryGetValue(lower, out var latin) ? latin : lower);
        }

        return builder.ToString().Replace("rn", "m", StringComparison.Ordinal).Replace("vv", "w", StringComparison.Ordinal);
    }

    private static readonly Dictionary<char, char> Confusables = new()
    {
        // Cyrillic
        ['а'] = 'a', ['в'] = 'b', ['е'] = 'e', ['ё'] = 'e', ['к'] = 'k', ['м'] = 'm', ['н'] = 'h', ['о'] = 'o', ['р'] = 'p',
        ['с'] = 'c', ['т'] = 't', ['у'] = 'y', ['х'] = 'x', ['і'] = 'i', ['ї'] = 'i', ['ј'] = 'j', ['ѕ'] = 's', ['ԁ'] = 'd',
        ['һ'] = 'h', ['ӏ'] = 'l', ['ԛ'] = 'q', ['ԝ'] = 'w', ['ь'] = 'b',
        // Greek
        ['α'] = 'a', ['β'] = 'b', ['ε'] = 'e', ['η'] = 'n', ['ι'] = 'i', ['κ'] = 'k', ['ν'] = 'v', ['ο'] = 'o', ['ρ'] = 'p',
        ['τ'] = 't', ['υ'] = 'u', ['χ'] = 'x', ['ω'] = 'w', ['ζ'] = 'z',
        // Digits and separators
        ['0'] = 'o', ['1'] = 'l', ['_'] = '-', ['.'] = '-',
    };

    [GeneratedRegex("[-_.]+")]
    private static partial Regex PythonSeparators();
}
