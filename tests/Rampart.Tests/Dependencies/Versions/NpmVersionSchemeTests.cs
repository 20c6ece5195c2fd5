using Rampart.Dependencies.Versions;

namespace Rampart.Tests.Dependencies.Versions;

public sealed class NpmVersionSchemeTests
{
    private readonly NpmVersionScheme scheme = new();

    [Fact]
    public void Orders_prereleases_like_semver()
    {
        VersionOrdering.AssertAscending(
            scheme,
            "1.0.0-0",
            "1.0.0-alpha",
            "1.0.0-alpha.1",
            "1.0.0-alpha.beta",
            "1.0.0-beta",
            "1.0.0-beta.2",
            "1.0.0-beta.11",
            "1.0.0-rc.1",
            "1.0.0",
            "1.0.1",
            "1.9.0",
            "1.10.0",
            "2.0.0");
    }

    [Theory]
    [InlineData("1.2.3+build.5", "1.2.3")]
    [InlineData("1.2.3-beta+exp.sha", "1.2.3-beta")]
    [InlineData("v1.2.3", "1.2.3")]
    [InlineData("=1.2.3", "1.2.3")]
    [InlineData(" 1.2.3 ", "1.2.3")]
    [InlineData("1.0", "1.0.0")]
    [InlineData("1", "1.0.0")]
    [InlineData("1.2.3beta", "1.2.3-beta")]
    public void Loose_forms_and_build_metadata_compare_equal(string left, string right) =>
        VersionOrdering.AssertEqual(scheme, left, right);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("latest")]
    [InlineData("1.2.3.4")]
    [InlineData("1.2.3-")]
    [InlineData("1.2.3+")]
    [InlineData("1.2.x")]
    [InlineData("^1.2.3")]
    [InlineData("1beta")]
    [InlineData("99999999999999999999.0.0")]
    [InlineData("9007199254740992.0.0")]
    public void Malformed_versions_do_not_parse(string text) =>
        Assert.False(scheme.TryParse(text, out _));

    // Cases from node-semver's range-include and range-exclude fixtures.
    [Theory]
    [InlineData("1.0.0 - 2.0.0", "1.2.3", true)]
    [InlineData("1.0.0 - 2.0.0", "2.2.3", false)]
    [InlineData("1.2.3-pre+asdf - 2.4.3-pre+asdf", "1.2.3-pre.2", true)]
    [InlineData("1.2.3-pre+asdf - 2.4.3-pre+asdf", "2.4.3-alpha", true)]
    [InlineData("1.2.3+asdf - 2.4.3+asdf", "1.2.3-pre.2", false)]
    [InlineData("1 - 2", "2.9.9", true)]
    [InlineData("1 - 2", "3.0.0", false)]
    [InlineData("1 - 2", "2.0.0-pre", false)]
    [InlineData("x - 1.x", "0.9.7", true)]
    [InlineData("1.0.0", "1.0.0", true)]
    [InlineData("1.0.0", "1.0.1", false)]
    [InlineData("", "1.0.0", true)]
    [InlineData("*", "1.2.3", true)]
    [InlineData("*", "1.2.3-foo", false)]
    [InlineData(">=*", "0.2.4", true)]
    [InlineData(">*", "1.0.0", false)]
    [InlineData(">=1.0.0", "0.0.1", false)]
    [InlineData(">1.0.0", "1.0.0", false)]
    [InlineData(">1.0.0", "1.0.1", true)]
    [InlineData("<=2.0.0", "2.0.0", true)]
    [InlineData("<2.0.0", "2.0.0", false)]
    [InlineData(">= 1.0.0", "1.0.0", true)]
    [InlineData(">=   1.0.0 <   2", "1.5.0", true)]
    [InlineData("0.1.20 || 1.2.4", "1.2.4", true)]
    [InlineData("0.1.20 || 1.2.4", "1.2.3", false)]
    [InlineData(">=0.2.3 || <0.0.1", "0.0.0", true)]
    [InlineData(">=0.2.3 || <0.0.1", "0.0.3", false)]
    [InlineData("2.x.x", "2.1.3", true)]
    [InlineData("2.x.x", "3.1.3", false)]
    [InlineData("1.2.x || 2.x", "2.1.3", true)]
    [InlineData("2.*.*", "2.1.3", true)]
    [InlineData("2", "2.1.2", true)]
    [InlineData("2", "1.1.2", false)]
    [InlineData("2.3", "2.3.1", true)]
    [InlineData("2.3", "2.4.1", false)]
    [InlineData("1.0", "1.0.9", true)]
    [InlineData("~2.4", "2.4.5", true)]
    [InlineData("~2.4", "2.5.0", false)]
    [InlineData("~>3.2.1", "3.2.2", true)]
    [InlineData("~>3.2.1", "3.3.2", false)]
    [InlineData("~1", "1.9.9", true)]
    [InlineData("~> 1", "2.2.3", false)]
    [InlineData("~0.0.1", "0.1.0-alpha", false)]
    [InlineData("~v0.5.4-pre", "0.5.5", true)]
    [InlineData("~v0.5.4-beta", "0.5.4-alpha", false)]
    [InlineData("=0.7.x", "0.7.2", true)]
    [InlineData("=0.7.x", "0.7.0-asdf", false)]
    [InlineData("<=0.7.x", "0.7.2", true)]
    [InlineData("<0.7.x", "0.7.2", false)]
    [InlineData(">=0.7.x", "0.6.2", false)]
    [InlineData(">1.2", "1.2.8", false)]
    [InlineData(">1.2", "1.3.0", true)]
    [InlineData("<1.2", "1.1.1", true)]
    [InlineData("<1", "1.0.0", false)]
    [InlineData("~1.2.1 >=1.2.3", "1.2.3", true)]
    [InlineData("^1.2.3", "1.8.1", true)]
    [InlineData("^1.2.3", "2.0.0-alpha", false)]
    [InlineData("^1.2.3", "1.2.2", false)]
    [InlineData("^1.2.3", "1.3.0-beta", false)]
    [InlineData("^1.2.3+build", "1.3.0", true)]
    [InlineData("^0.1.2", "0.1.9", true)]
    [InlineData("^0.1.2", "0.2.0", false)]
    [InlineData("^0.0.1", "0.0.1", true)]
    [InlineData("^0.0.1", "0.0.2", false)]
    [InlineData("^0.0.x", "0.0.9", true)]
    [InlineData("^0.0", "0.1.0", false)]
    [InlineData("^0.x", "0.9.0", true)]
    [InlineData("^1.2", "1.4.2", true)]
    [InlineData("^1.2", "1.2.0-pre", false)]
    [InlineData("^1.2.3-alpha", "1.2.3-pre", true)]
    [InlineData("^0.0.1-alpha", "0.0.1-beta", true)]
    [InlineData("^x", "1.2.3", true)]
    [InlineData("<=1.2.3", "1.2.3-beta", false)]
    [InlineData(">=1.0.0 <1.1.0", "1.1.0-pre", false)]
    [InlineData(">=1.0.0-rc.1 <2.0.0", "1.0.0-rc.2", true)]
    [InlineData(">=1.0.0-rc.1 <2.0.0", "1.1.0-rc.2", false)]
    [InlineData("blerg", "1.2.3", false)]
    [InlineData("latest", "1.2.3", false)]
    [InlineData("^1.2.3", "not-a-version", false)]
    public void Satisfies_like_node_semver(string range, string version, bool expected) =>
        Assert.Equal(expected, scheme.Satisfies(version, range));

    // node-semver's minVersion fixtures.
    [Theory]
    [InlineData("*", "0.0.0")]
    [InlineData("* || >=2", "0.0.0")]
    [InlineData(">=1.0.0", "1.0.0")]
    [InlineData(">1.0.0", "1.0.1")]
    [InlineData(">1.0.0-0", "1.0.0-0.0")]
    [InlineData(">1.0.0-beta", "1.0.0-beta.0")]
    [InlineData(">1", "2.0.0")]
    [InlineData(">1.0", "1.1.0")]
    [InlineData("^1.2.3", "1.2.3")]
    [InlineData("~1.2.3", "1.2.3")]
    [InlineData("1.x", "1.0.0")]
    [InlineData("1.2.x", "1.2.0")]
    [InlineData(">2 || >1.0.0", "1.0.1")]
    [InlineData("1.0.0 - 2.0.0", "1.0.0")]
    [InlineData("<=2.0.0", "0.0.0")]
    [InlineData("<0.0.0-beta", "0.0.0-0")]
    [InlineData("<0.0.1-beta", "0.0.0")]
    [InlineData("^0.0.1", "0.0.1")]
    [InlineData(">4 <3", null)]
    [InlineData("not a range", null)]
    public void Lowest_allowed_is_node_semver_min_version(string range, string? expected) =>
        Assert.Equal(expected, scheme.LowestAllowed(range));
}
