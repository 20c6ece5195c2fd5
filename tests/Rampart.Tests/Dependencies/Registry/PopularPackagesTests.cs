using Rampart.Dependencies.Inventory;
using Rampart.Dependencies.Registry;

namespace Rampart.Tests.Dependencies.Registry;

public sealed class PopularPackagesTests
{
    [Theory]
    [InlineData(Ecosystem.Npm, "lodahs", "lodash")]
    [InlineData(Ecosystem.Npm, "expresss", "express")]
    [InlineData(Ecosystem.Npm, "axois", "axios")]
    [InlineData(Ecosystem.Npm, "reakt", "react")]
    [InlineData(Ecosystem.Npm, "crossenv", "cross-env")] // the 2017 typosquat that stole npm tokens
    [InlineData(Ecosystem.Npm, "@babel/cores", "@babel/core")]
    [InlineData(Ecosystem.PyPI, "reqeusts", "requests")]
    [InlineData(Ecosystem.PyPI, "beautifulsoup", "beautifulsoup4")]
    [InlineData(Ecosystem.PyPI, "python-dateutils", "python-dateutil")]
    [InlineData(Ecosystem.NuGet, "Newtonsoft.Jsn", "Newtonsoft.Json")]
    [InlineData(Ecosystem.NuGet, "Serilog.AspNetcore.", "Serilog.AspNetCore")]
    public void A_name_one_or_two_edits_from_a_popular_one_is_a_typo(Ecosystem ecosystem, string name, string popular) =>
        Assert.Equal(popular, PopularPackages.For(ecosystem).NearestTypo(name)?.Popular);

    [Theory]
    [InlineData(Ecosystem.NuGet, "Newtonsoft.Jsоn", "Newtonsoft.Json")] // Cyrillic о
    [InlineData(Ecosystem.Npm, "ехpress", "express")]
    [InlineData(Ecosystem.Npm, "l0dash", "lodash")]
    [InlineData(Ecosystem.Npm, "rnongoose", "mongoose")]
    [InlineData(Ecosystem.PyPI, "rеquеsts", "requests")]
    [InlineData(Ecosystem.NuGet, "Microsoft.IdentityModeI.Tokens", "Microsoft.IdentityModel.Tokens")]
    public void A_name_that_reads_like_a_popular_one_is_a_homoglyph(Ecosystem ecosystem, string name, string popular) =>
        Assert.Equal(popular, PopularPackages.For(ecosystem).LookAlikeOf(name));

    [Theory]
    [InlineData(Ecosystem.Npm, "express-jwt-guard-pro")]
    [InlineData(Ecosystem.Npm, "left-pad")]
    [InlineData(Ecosystem.Npm, "pqr")] // short names are not compared
    [InlineData(Ecosystem.Npm, "abc")]
    [InlineData(Ecosystem.Npm, "dotenv-expand")]
    [InlineData(Ecosystem.Npm, "internal-slot")]
    [InlineData(Ecosystem.PyPI, "requests-mock")]
    [InlineData(Ecosystem.PyPI, "flask-login")]
    [InlineData(Ecosystem.NuGet, "Contoso.Billing")]
    public void A_distinct_name_is_neither(Ecosystem ecosystem, string name)
    {
        var popular = PopularPackages.For(ecosystem);
        Assert.Null(popular.NearestTypo(name));
        Assert.Null(popular.LookAlikeOf(name));
    }

    [Theory]
    [InlineData(Ecosystem.Npm)]
    [InlineData(Ecosystem.PyPI)]
    [InlineData(Ecosystem.NuGet)]
    public void Popular_names_themselves_are_never_reported(Ecosystem ecosystem)
    {
        var popular = PopularPackages.For(ecosystem);

        Assert.True(popular.Names.Count >= 250, $"{ecosystem} list has {popular.Names.Count} names");
        Assert.All(popular.Names, name =>
        {
            Assert.Null(popular.NearestTypo(name));
            Assert.Null(popular.LookAlikeOf(name));
            // NuGet ids and PyPI names are case-insensitive: another casing is the same package.
            Assert.Null(popular.LookAlikeOf(ecosystem == Ecosystem.Npm ? name : name.ToLowerInvariant()));
        });
    }

    [Fact]
    public void PyPI_spellings_of_a_popular_name_are_that_name()
    {
        var pypi = PopularPackages.For(Ecosystem.PyPI);

        Assert.True(pypi.Contains("Typing_Extensions"));
        Assert.Null(pypi.NearestTypo("python_dateutil"));
        Assert.Null(pypi.LookAlikeOf("PyYAML"));
    }

    [Fact]
    public void Ecosystems_without_a_list_report_nothing() =>
        Assert.Null(PopularPackages.For(Ecosystem.Go).NearestTypo("github.com/gorilla/mux"));
}
