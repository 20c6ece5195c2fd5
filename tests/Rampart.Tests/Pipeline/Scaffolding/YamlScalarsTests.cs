using Rampart.Pipeline.Scaffolding;

namespace Rampart.Tests.Pipeline.Scaffolding;

public sealed class YamlScalarsTests
{
    [Theory]
    [InlineData("Install (Node, lockfile enforced)", false, "Install (Node, lockfile enforced)")]
    [InlineData("web/app", false, "web/app")]
    [InlineData("key: value", false, "'key: value'")]
    [InlineData("run # now", false, "'run # now'")]
    [InlineData("*star", false, "'*star'")]
    [InlineData("true", false, "'true'")]
    [InlineData("2024", false, "'2024'")]
    [InlineData("it's", false, "'it''s'")]
    [InlineData("main", true, "main")]
    [InlineData("release/1.x", true, "release/1.x")]
    [InlineData("a,b", true, "'a,b'")]
    public void Plain_only_when_yaml_reads_it_back_as_the_same_string(string value, bool inFlow, string expected) =>
        Assert.Equal(expected, YamlScalars.Of(value, inFlow));
}
