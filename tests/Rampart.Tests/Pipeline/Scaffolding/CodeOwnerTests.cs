using Rampart.Pipeline.Scaffolding;

namespace Rampart.Tests.Pipeline.Scaffolding;

/// <summary>What init accepts as a code owner, and the owner it reads from a GitHub remote.</summary>
public sealed class CodeOwnerTests
{
    [Theory]
    [InlineData("@alice")]
    [InlineData("@acme/platform")]
    [InlineData("@acme-corp/web_team")]
    [InlineData("@group/subgroup/team")]
    [InlineData("alice@example.com")]
    [InlineData("  @alice  ")]
    public void Handles_teams_and_emails_are_owners(string text)
    {
        var owner = CodeOwner.Parse(text);

        Assert.NotNull(owner);
        Assert.Equal(text.Trim(), owner.Name);
        Assert.False(owner.FromOriginRemote);
    }

    [Theory]
    [InlineData("")]
    [InlineData("alice")]
    [InlineData("acme/platform")]
    [InlineData("@")]
    [InlineData("@acme/")]
    [InlineData("@acme platform")]
    [InlineData("@acme#team")]
    [InlineData("alice@")]
    [InlineData("alice@example")]
    public void Anything_else_is_not(string text) => Assert.Null(CodeOwner.Parse(text));

    [Theory]
    [InlineData("https://github.com/acme/notes.git", "@acme")]
    [InlineData("https://github.com/acme/notes", "@acme")]
    [InlineData("https://github.com/Acme-Corp/notes.app.git\n", "@Acme-Corp")]
    [InlineData("git@github.com:alice/dotfiles.git", "@alice")]
    [InlineData("git@github.com:alice/dotfiles", "@alice")]
    [InlineData("ssh://git@github.com/alice/dotfiles.git", "@alice")]
    [InlineData("https://x-access-token:secret@github.com/acme/notes.git", "@acme")]
    public void A_github_remote_names_its_owner(string url, string expected)
    {
        var owner = CodeOwner.FromGitHubRemote(url);

        Assert.NotNull(owner);
        Assert.Equal(expected, owner.Name);
        Assert.True(owner.FromOriginRemote);
    }

    [Theory]
    [InlineData("https://gitlab.com/acme/notes.git")]
    [InlineData("git@gitlab.com:acme/notes.git")]
    [InlineData("https://github.com.evil.example/acme/notes.git")]
    [InlineData("https://github.com/acme")]
    [InlineData("https://github.com/acme/notes/tree/main")]
    [InlineData("/srv/git/notes.git")]
    [InlineData("")]
    public void Any_other_remote_names_no_owner(string url) => Assert.Null(CodeOwner.FromGitHubRemote(url));
}
