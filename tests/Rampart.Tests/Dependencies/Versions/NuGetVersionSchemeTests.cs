using Rampart.Dependencies.Versions;

namespace Rampart.Tests.Dependencies.Versions;

public sealed class NuGetVersionSchemeTests
{
    private readonly NuGetVersionScheme scheme = new();

    [Theory]
    [InlineData("1.0", "1.0.0")]
    [InlineData("1.0", "1.0.0.0")]
    [InlineData("1.0.0", "1.0.0.0")]
    [InlineData("1.0.0-Beta", "1.0.0-beta")]
    [InlineData("1.0.0-RC.1", "1.0.0-rc.1")]
    [InlineData("1.0.0+meta", "1.0.0")]
    [InlineData(" 2.1.0 ", "2.1.0")]
    public void Equal_versions(string left, string right) => VersionOrdering.AssertEqual(scheme, left, right);

    [Fact]
    public void Orders_labels_and_four_part_versions()
    {
        VersionOrdering.AssertAscending(
            scheme,
            "1.0.0-alpha",
            "1.0.0-alpha.1",
            "1.0.0-Beta",
            "1.0.0-beta.2",
            "1.0.0-beta.11",
            "1.0.0",
            "1.0.0.1",
            "1.0.1",
            "5.0.0-preview.7.20364.11",
            "5.0.0-rc.1.20451.14",
            "5.0.0",
            "7.0.0-preview",
            "7.0.0-preview.1",
            "7.0.0");
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("1.0.0.0.0")]
    [InlineData("1..0")]
    [InlineData("[1.0,)")]
    [InlineData("1.0.0-")]
    public void Malformed_versions_do_not_parse(string text) => Assert.False(scheme.TryParse(text, out _));

    [Theory]
    [InlineData("1.0.0", "1.0", true)]
    [InlineData("2.5.0", "1.0", true)]
    [InlineData("0.9.9", "1.0", false)]
    [InlineData("1.5.0", "[1.0,2.0)", true)]
    [InlineData("2.0.0", "[1.0,2.0)", false)]
    [InlineData("1.0.0", "[1.0]", true)]
    [InlineData("1.0.1", "[1.0]", false)]
    [InlineData("1.0.0", "(1.0,)", false)]
    [InlineData("1.0.0.1", "(1.0,)", true)]
    [InlineData("2.0.0", "(,2.0]", true)]
    [InlineData("1.0.0-BETA", "[1.0.0-beta]", true)]
    [InlineData("1.0.0", "not a range", false)]
    [InlineData("junk", "1.0", false)]
    public void Satisfies_nuget_ranges(string version, string range, bool expected) =>
        Assert.Equal(expected, scheme.Satisfies(version, range));

    [Theory]
    [InlineData("1.0", "1.0.0")]
    [InlineData("[1.2.3,2)", "1.2.3")]
    [InlineData("[1.0.0-Beta,)", "1.0.0-Beta")]
    [InlineData("(,2.0]", "0.0.0")]
    [InlineData("(1.0,)", null)]
    [InlineData("garbage", null)]
    public void Lowest_allowed_is_the_inclusive_lower_bound(string range, string? expected) =>
        Assert.Equal(expected, scheme.LowestAllowed(range));
}
