using System.Text.RegularExpressions;

namespace Rampart.Dependencies.Extractors.PyPI;

/// <summary>PEP 503 name normalisation: <c>Foo.Bar_baz</c> and <c>foo-bar-baz</c> are one project.</summary>
internal static partial class PythonNames
{
    public static string Normalize(string name) => Separators().Replace(name, "-").ToLowerInvariant();

    public static StringComparer Comparer { get; } = new NormalizedComparer();

    [GeneratedRegex(@"[-_.]+")]
    private static partial Regex Separators();

    private sealed class NormalizedComparer : StringComparer
    {
        public override int Compare(string? x, string? y) =>
            string.CompareOrdinal(x is null ? null : Normalize(x), y is null ? null : Normalize(y));

        public override bool Equals(string? x, string? y) => Compare(x, y) == 0;

        public override int GetHashCode(string obj) => Normalize(obj).GetHashCode(StringComparison.Ordinal);
    }
}
