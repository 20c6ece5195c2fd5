using Rampart.Pipeline.Scaffolding;

namespace Rampart.Tests.Pipeline.Scaffolding;

public sealed class ShellWordsTests
{
    [Theory]
    [InlineData("src/Shop.Api/Shop.Api.csproj", "src/Shop.Api/Shop.Api.csproj")]
    [InlineData("My App.slnx", "'My App.slnx'")]
    [InlineData("it's.sln", "'it'\\''s.sln'")]
    [InlineData("$(rm -rf).sln", "'$(rm -rf).sln'")]
    public void A_word_is_quoted_only_when_a_shell_would_interpret_it(string value, string expected) =>
        Assert.Equal(expected, ShellWords.Quote(value));
}
