using Rampart.Dependencies.Inventory;
using Rampart.Dependencies.Versions;

namespace Rampart.Tests.Dependencies.Versions;

public sealed class OsvRangeEvaluatorTests
{
    private static readonly NpmVersionScheme Npm = new();

    [Theory]
    [InlineData("0.0.1", true)]
    [InlineData("1.0.0-beta", true)]
    [InlineData("1.2.2", true)]
    [InlineData("1.2.3-rc.1", true)]
    [InlineData("1.2.3", false)]
    [InlineData("2.0.0", false)]
    public void Introduced_zero_means_from_the_start(string version, bool expected) =>
        Assert.Equal(expected, OsvRangeEvaluator.IsAffected(Npm, version, [("introduced", "0"), ("fixed", "1.2.3")]));

    [Theory]
    [InlineData("0.9.0", false)]
    [InlineData("1.0.0", true)]
    [InlineData("1.2.3", true)]
    [InlineData("1.2.4-0", false)]
    [InlineData("1.2.4", false)]
    public void Last_affected_is_inclusive(string version, bool expected) =>
        Assert.Equal(expected, OsvRangeEvaluator.IsAffected(Npm, version, [("introduced", "1.0.0"), ("last_affected", "1.2.3")]));

    [Theory]
    [InlineData("1.9.9", true)]
    [InlineData("2.0.0", false)]
    [InlineData("3.0.0", false)]
    public void Limit_caps_a_range_without_fix(string version, bool expected) =>
        Assert.Equal(expected, OsvRangeEvaluator.IsAffected(Npm, version, [("introduced", "0"), ("limit", "2.0.0")]));

    [Fact]
    public void Limit_star_does_not_cap() =>
        Assert.True(OsvRangeEvaluator.IsAffected(Npm, "99.0.0", [("introduced", "1.0.0"), ("limit", "*")]));

    [Fact]
    public void Introduced_only_means_every_later_version()
    {
        Assert.True(OsvRangeEvaluator.IsAffected(Npm, "99.0.0", [("introduced", "3.3.6")]));
        Assert.False(OsvRangeEvaluator.IsAffected(Npm, "3.3.5", [("introduced", "3.3.6")]));
    }

    [Theory]
    [InlineData("0.5.0", false)]
    [InlineData("1.2.0", true)]
    [InlineData("1.5.0", false)]
    [InlineData("1.7.0", false)]
    [InlineData("2.0.0", true)]
    [InlineData("2.4.9", true)]
    [InlineData("2.5.0", false)]
    [InlineData("3.0.0", false)]
    public void Several_introduced_fixed_pairs_in_any_order(string version, bool expected)
    {
        (string, string)[] sorted = [("introduced", "1.0.0"), ("fixed", "1.5.0"), ("introduced", "2.0.0"), ("fixed", "2.5.0")];
        (string, string)[] shuffled = [("fixed", "2.5.0"), ("introduced", "2.0.0"), ("fixed", "1.5.0"), ("introduced", "1.0.0")];

        Assert.Equal(expected, OsvRangeEvaluator.IsAffected(Npm, version, sorted));
        Assert.Equal(expected, OsvRangeEvaluator.IsAffected(Npm, version, shuffled));
    }

    [Fact]
    public void Loose_one_point_zero_bound_compares_as_one_zero_zero()
    {
        (string, string)[] events = [("introduced", "1.0"), ("fixed", "3.1.1")];

        Assert.True(OsvRangeEvaluator.IsAffected(Npm, "1.0.0", events));
        Assert.False(OsvRangeEvaluator.IsAffected(Npm, "0.9.9", events));
    }

    [Fact]
    public void A_malformed_event_is_skipped_and_reported()
    {
        var verdict = OsvRangeEvaluator.Evaluate(Npm, "2.0.0", [("introduced", "1.0.0"), ("fixed", "not.a.version")]);

        Assert.True(verdict.IsAffected);
        Assert.Contains(verdict.Problems, p => p.Contains("not.a.version", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_event_kind_is_reported()
    {
        var verdict = OsvRangeEvaluator.Evaluate(Npm, "1.0.0", [("introduced", "0"), ("patched", "2.0.0")]);

        Assert.True(verdict.IsAffected);
        Assert.Single(verdict.Problems);
    }

    [Fact]
    public void A_malformed_candidate_is_not_affected_and_reported()
    {
        var verdict = OsvRangeEvaluator.Evaluate(Npm, "workspace:*", [("introduced", "0")]);

        Assert.False(verdict.IsAffected);
        Assert.Single(verdict.Problems);
    }

    [Theory]
    [InlineData("1.0.dev0", false)]
    [InlineData("1.0", true)]
    [InlineData("1.0+ubuntu1", true)]
    [InlineData("1.0.post1", false)]
    public void Pep440_post_release_fix(string version, bool expected) =>
        Assert.Equal(expected, OsvRangeEvaluator.IsAffected(new Pep440VersionScheme(), version, [("introduced", "1.0"), ("fixed", "1.0.post1")]));

    [Fact]
    public void Pep440_epochs_sort_above_plain_versions() =>
        Assert.True(OsvRangeEvaluator.IsAffected(new Pep440VersionScheme(), "1!0.5", [("introduced", "0"), ("fixed", "1!1.0")]));

    [Theory]
    [InlineData("1.0", true)]
    [InlineData("1.0.0.0", true)]
    [InlineData("1.0.0.1", false)]
    public void NuGet_bounds_compare_with_nuget_rules(string version, bool expected) =>
        Assert.Equal(expected, OsvRangeEvaluator.IsAffected(new NuGetVersionScheme(), version, [("introduced", "1.0"), ("fixed", "1.0.0.1")]));

    [Fact]
    public void Versions_lists_match_by_scheme_not_by_string()
    {
        Assert.True(OsvRangeEvaluator.IsListed(new NuGetVersionScheme(), "1.0", ["0.9.0", "1.0.0"]));
        Assert.True(OsvRangeEvaluator.IsListed(new NuGetVersionScheme(), "1.0.0-BETA", ["1.0.0-beta"]));
        Assert.False(OsvRangeEvaluator.IsListed(Npm, "1.0.1", ["1.0.0", "garbage"]));
    }

    [Theory]
    [InlineData(Ecosystem.Npm, typeof(NpmVersionScheme))]
    [InlineData(Ecosystem.NuGet, typeof(NuGetVersionScheme))]
    [InlineData(Ecosystem.PyPI, typeof(Pep440VersionScheme))]
    [InlineData(Ecosystem.Go, null)]
    [InlineData(Ecosystem.Cargo, null)]
    [InlineData(Ecosystem.Maven, null)]
    public void Schemes_are_looked_up_by_ecosystem(Ecosystem ecosystem, Type? expected)
    {
        var found = VersionSchemes.TryGet(ecosystem, out var scheme);

        Assert.Equal(expected is not null, found);
        Assert.Equal(expected, scheme?.GetType());
    }
}
