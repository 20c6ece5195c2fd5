using Rampart.Dependencies.Inventory;
using Rampart.Dependencies.Registry;

namespace Rampart.Tests.Dependencies.Registry;

public sealed class PackageNamesTests
{
    [Theory]
    [InlineData(Ecosystem.PyPI, "Typing_Extensions", "typing-extensions")]
    [InlineData(Ecosystem.PyPI, "zope.interface", "zope-interface")]
    [InlineData(Ecosystem.PyPI, "a-_.b", "a-b")]
    [InlineData(Ecosystem.Npm, "@Babel/Core", "@babel/core")]
    [InlineData(Ecosystem.Npm, "lodash.merge", "lodash.merge")]
    [InlineData(Ecosystem.NuGet, "Newtonsoft.Json", "newtonsoft.json")]
    public void Names_are_normalised_as_each_registry_compares_them(Ecosystem ecosystem, string name, string expected) =>
        Assert.Equal(expected, PackageNames.Normalise(ecosystem, name));

    [Theory]
    [InlineData("Newtonsoft.Jsоn", "Newtonsoft.Json")] // Cyrillic о
    [InlineData("ехpress", "express")] // Cyrillic е and х
    [InlineData("rеquеsts", "requests")] // Cyrillic е twice
    [InlineData("αxios", "axios")] // Greek alpha
    [InlineData("rnongoose", "mongoose")]
    [InlineData("l0dash", "lodash")]
    [InlineData("cha1k", "chalk")]
    [InlineData("Serilog.Sinks.ConsoIe", "Serilog.Sinks.Console")] // capital I for l
    [InlineData("socket_io", "socket.io")]
    [InlineData("ｌｏｄａｓｈ", "lodash")] // full-width forms
    public void Look_alike_names_share_a_skeleton(string lookAlike, string original) =>
        Assert.Equal(PackageNames.Skeleton(original), PackageNames.Skeleton(lookAlike));

    [Theory]
    [InlineData("lodash", "lodahs")]
    [InlineData("react", "preact")]
    [InlineData("express", "expresso")]
    public void Different_names_keep_different_skeletons(string a, string b) =>
        Assert.NotEqual(PackageNames.Skeleton(a), PackageNames.Skeleton(b));

    [Theory]
    [InlineData("lodash", "lodash", 0)]
    [InlineData("lodash", "lodahs", 1)] // one swap, not two substitutions
    [InlineData("express", "expresss", 1)]
    [InlineData("requests", "reqeusts", 1)]
    [InlineData("axios", "axois", 1)]
    [InlineData("react", "raect", 1)]
    [InlineData("moment", "momnet", 1)]
    [InlineData("lodash", "lodsa", 2)]
    [InlineData("ca", "abc", 3)] // optimal string alignment: no edit of a swapped pair
    [InlineData("kitten", "sitting", 3)]
    [InlineData("", "abc", 3)]
    public void Damerau_levenshtein_counts_swaps_as_one_edit(string a, string b, int expected)
    {
        Assert.Equal(expected, DamerauLevenshtein.Distance(a, b, 10));
        Assert.Equal(expected, DamerauLevenshtein.Distance(b, a, 10));
    }

    [Fact]
    public void Distance_stops_early_past_the_limit() =>
        Assert.Equal(3, DamerauLevenshtein.Distance("webpack", "lodash", 2));
}
