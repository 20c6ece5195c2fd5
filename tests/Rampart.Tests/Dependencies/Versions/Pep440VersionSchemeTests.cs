using Rampart.Dependencies.Versions;

namespace Rampart.Tests.Dependencies.Versions;

public sealed class Pep440VersionSchemeTests
{
    private readonly Pep440VersionScheme scheme = new();

    // The ordering list from pypa/packaging's own tests.
    [Fact]
    public void Orders_dev_pre_final_post_and_local()
    {
        VersionOrdering.AssertAscending(
            scheme,
            "1.0.dev456",
            "1.0a1",
            "1.0a2.dev456",
            "1.0a12.dev456",
            "1.0a12",
            "1.0b1.dev456",
            "1.0b2",
            "1.0b2.post345.dev456",
            "1.0b2.post345",
            "1.0b2-346",
            "1.0c1.dev456",
            "1.0c1",
            "1.0rc2",
            "1.0c3",
            "1.0",
            "1.0.post456.dev34",
            "1.0.post456",
            "1.1.dev1",
            "1.2+123abc",
            "1.2+123abc456",
            "1.2+abc",
            "1.2+abc123",
            "1.2+abc123def",
            "1.2+1234.abc",
            "1.2+123456",
            "1.2.r32+123456",
            "1.2.rev33+123456",
            "2.0",
            "1!0.1",
            "1!1.0.dev0",
            "1!1.0");
    }

    [Fact]
    public void Dev_then_pre_then_final_then_post() =>
        VersionOrdering.AssertAscending(scheme, "1.0.dev0", "1.0a1", "1.0b1", "1.0rc1", "1.0", "1.0+local", "1.0.post1");

    [Theory]
    [InlineData("1.0.0a1", "1.0a1")]
    [InlineData("1.0-1", "1.0.post1")]
    [InlineData("1.0-r4", "1.0.post4")]
    [InlineData("1.0.post", "1.0.post0")]
    [InlineData("1.0alpha1", "1.0a1")]
    [InlineData("1.0-beta.2", "1.0b2")]
    [InlineData("1.0c1", "1.0rc1")]
    [InlineData("1.0pre1", "1.0rc1")]
    [InlineData("1.0RC1", "1.0rc1")]
    [InlineData("1.0-dev", "1.0.dev0")]
    [InlineData("v1.0", "1.0")]
    [InlineData("0!1.0", "1.0")]
    [InlineData("1.0+ABC", "1.0+abc")]
    [InlineData("1.0+a-b_c", "1.0+a.b.c")]
    [InlineData(" 1.0 ", "1.0.0.0")]
    public void Normalised_forms_compare_equal(string left, string right) =>
        VersionOrdering.AssertEqual(scheme, left, right);

    [Theory]
    [InlineData("")]
    [InlineData("french toast")]
    [InlineData("1.0.0-")]
    [InlineData("1.0+")]
    [InlineData("1.0+_foo")]
    [InlineData("1.0a1a2")]
    [InlineData("1.0.post1.post2")]
    [InlineData("1!2!3")]
    [InlineData("==1.0")]
    [InlineData("1.99999999999999999999")]
    public void Malformed_versions_do_not_parse(string text) => Assert.False(scheme.TryParse(text, out _));

    [Theory]
    [InlineData("1.0", "==1.0", true)]
    [InlineData("1.0.0", "==1.0", true)]
    [InlineData("1.0+local", "==1.0", true)]
    [InlineData("1.0+local", "==1.0+other", false)]
    [InlineData("1.1", "==1.*", true)]
    [InlineData("2.0", "==1.*", false)]
    [InlineData("1.0.5", "==1.0.*", true)]
    [InlineData("1", "==1.0.*", true)]
    [InlineData("1.1", "!=1.0.*", true)]
    [InlineData("1.0.3", "!=1.0.*", false)]
    [InlineData("2.2", "~=2.2", true)]
    [InlineData("2.9", "~=2.2", true)]
    [InlineData("3.0", "~=2.2", false)]
    [InlineData("2.1", "~=2.2", false)]
    [InlineData("2.2.5", "~=2.2.0", true)]
    [InlineData("2.3", "~=2.2.0", false)]
    [InlineData("1.5", ">=1.0,<2.0", true)]
    [InlineData("2.0", ">=1.0,<2.0", false)]
    [InlineData("1.0", ">= 1.0", true)]
    [InlineData("1.0", ">=1.0, !=1.5", true)]
    [InlineData("1.5", ">=1.0, !=1.5", false)]
    [InlineData("1.0", ">1.0", false)]
    [InlineData("1.0.post1", ">1.0", false)]
    [InlineData("1.0+local", ">1.0", false)]
    [InlineData("1.1", ">1.0", true)]
    [InlineData("1.0.post2", ">1.0.post1", true)]
    [InlineData("1.9", "<2.0", true)]
    [InlineData("2.0rc1", "<2.0", false)]
    [InlineData("2.0rc1", ">=1.0", false)]
    [InlineData("2.0rc1", ">=2.0rc1", true)]
    [InlineData("2.0b1", ">=1.0b1", true)]
    [InlineData("1!1.0", ">=2.0", true)]
    [InlineData("1.0", "===1.0", true)]
    [InlineData("1.0.0", "===1.0", false)]
    [InlineData("1.0", "", true)]
    [InlineData("1.0", "~=1", false)]
    [InlineData("1.0", ">=1.*", false)]
    [InlineData("junk", ">=1.0", false)]
    public void Satisfies_specifier_sets_like_packaging(string version, string specifiers, bool expected) =>
        Assert.Equal(expected, scheme.Satisfies(version, specifiers));

    // Poetry constraints, with poetry-core's bounds (`^0.2.3` means <0.3.0, `~1` means <2).
    [Theory]
    [InlineData("1.9.0", "^1.2.3", true)]
    [InlineData("2.0.0", "^1.2.3", false)]
    [InlineData("0.2.9", "^0.2.3", true)]
    [InlineData("0.3.0", "^0.2.3", false)]
    [InlineData("0.0.3", "^0.0.3", true)]
    [InlineData("0.0.4", "^0.0.3", false)]
    [InlineData("0.9", "^0", true)]
    [InlineData("1.0", "^0", false)]
    [InlineData("1.2.9", "~1.2.3", true)]
    [InlineData("1.3.0", "~1.2.3", false)]
    [InlineData("1.9", "~1", true)]
    [InlineData("2.31.0", "2.31.0", true)]
    [InlineData("2.31.1", "2.31.0", false)]
    [InlineData("1.2.5", "1.2.*", true)]
    [InlineData("5.0", "*", true)]
    [InlineData("1.5", "^1.0||^3.0", true)]
    [InlineData("2.5", "^1.0||^3.0", false)]
    [InlineData("3.1", "^1.0 || ^3.0", true)]
    [InlineData("1.5", ">=1.2<2.0", true)]
    [InlineData("2.0", ">=1.2<2.0", false)]
    [InlineData("2.0rc1", "^1.0||^2.0", false)]
    [InlineData("1.0", "^junk", false)]
    public void Satisfies_poetry_constraints(string version, string constraint, bool expected) =>
        Assert.Equal(expected, scheme.Satisfies(version, constraint));

    [Theory]
    [InlineData(">=1.2,<2", "1.2")]
    [InlineData("^1.2", "1.2")]
    [InlineData("~2.1.3", "2.1.3")]
    [InlineData("^1.0||^0.5", "0.5")]
    [InlineData("2.31.0", "2.31.0")]
    [InlineData("*", "0")]
    [InlineData("~=2.2", "2.2")]
    [InlineData("==1.4.*", "1.4")]
    [InlineData("==1.0", "1.0")]
    [InlineData("<2", "0")]
    [InlineData(">1.0", null)]
    [InlineData(">=1.0,<1.0", null)]
    [InlineData("junk", null)]
    public void Lowest_allowed(string specifiers, string? expected) =>
        Assert.Equal(expected, scheme.LowestAllowed(specifiers));
}
