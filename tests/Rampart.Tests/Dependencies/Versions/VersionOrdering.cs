using Rampart.Dependencies.Versions;

namespace Rampart.Tests.Dependencies.Versions;

/// <summary>Asserts a scheme orders a list of versions strictly ascending, pair by pair.</summary>
internal static class VersionOrdering
{
    public static void AssertAscending(IVersionScheme scheme, params string[] versions)
    {
        var parsed = versions.Select(v => Parse(scheme, v)).ToArray();
        for (var i = 0; i < parsed.Length; i++)
        {
            for (var j = 0; j < parsed.Length; j++)
            {
                var expected = i.CompareTo(j);
                var actual = Math.Sign(scheme.Compare(parsed[i], parsed[j]));
                Assert.True(expected == actual, $"{versions[i]} vs {versions[j]}: expected {expected}, got {actual}");
            }
        }
    }

    public static void AssertEqual(IVersionScheme scheme, string left, string right) =>
        Assert.True(
            scheme.Compare(Parse(scheme, left), Parse(scheme, right)) == 0,
            $"{left} should equal {right}");

    public static IComparable Parse(IVersionScheme scheme, string text)
    {
        Assert.True(scheme.TryParse(text, out var version), $"'{text}' should parse");
        return version!;
    }
}
