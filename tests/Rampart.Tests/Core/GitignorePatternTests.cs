using Rampart.Core.Scanning.Ignore;

namespace Rampart.Tests.Core;

public sealed class GitignorePatternTests
{
    [Theory]
    [InlineData("*.log", "debug.log", false, true)]
    [InlineData("*.log", "logs/debug.log", false, true)]
    [InlineData("*.log", "debug.log.txt", false, false)]
    [InlineData("/build", "build", true, true)]
    [InlineData("/build", "src/build", true, false)]
    [InlineData("build/", "build", false, false)]
    [InlineData("build/", "build", true, true)]
    [InlineData("doc/frotz", "doc/frotz", true, true)]
    [InlineData("doc/frotz", "a/doc/frotz", true, false)]
    [InlineData("**/foo", "foo", false, true)]
    [InlineData("**/foo", "a/b/foo", false, true)]
    [InlineData("abc/**", "abc/x/y", false, true)]
    [InlineData("abc/**", "abc", true, false)]
    [InlineData("a/**/b", "a/b", false, true)]
    [InlineData("a/**/b", "a/x/y/b", false, true)]
    [InlineData("a/*/b", "a/x/y/b", false, false)]
    [InlineData("file?.txt", "file1.txt", false, true)]
    [InlineData("file?.txt", "file10.txt", false, false)]
    [InlineData("[abc].md", "b.md", false, true)]
    [InlineData("[!abc].md", "b.md", false, false)]
    [InlineData("[!abc].md", "d.md", false, true)]
    [InlineData("\\#notes", "#notes", false, true)]
    [InlineData("trailing  ", "trailing", false, true)]
    [InlineData(".env", "service/.env", false, true)]
    [InlineData(".env*", ".env.local", false, true)]
    public void Matches_like_git(string pattern, string path, bool isDirectory, bool expected)
    {
        var parsed = GitignorePattern.Parse(pattern);

        Assert.NotNull(parsed);
        Assert.Equal(expected, parsed.Matches(path, isDirectory));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("# a comment")]
    [InlineData("/")]
    public void Blank_lines_and_comments_are_not_patterns(string line) => Assert.Null(GitignorePattern.Parse(line));

    [Fact]
    public void Negation_is_parsed()
    {
        var parsed = GitignorePattern.Parse("!keep.log");

        Assert.NotNull(parsed);
        Assert.True(parsed.Negated);
        Assert.True(parsed.Matches("keep.log", false));
    }

    [Theory]
    [InlineData("tests/**", "tests/unit/a.cs", true)]
    [InlineData("tests/", "tests/unit/a.cs", true)]
    [InlineData("docs", "src/docs/readme.md", true)]
    [InlineData("*.md", "src/app.cs", false)]
    [InlineData("src/legacy", "src/legacy-new/a.cs", false)]
    public void Path_patterns_match_files_inside_matched_directories(string pattern, string path, bool expected)
    {
        Assert.True(PathPattern.TryParse(pattern, out var parsed));
        Assert.Equal(expected, parsed!.Matches(path));
    }

    [Fact]
    public void Path_patterns_refuse_negation() => Assert.False(PathPattern.TryParse("!src", out _));
}
