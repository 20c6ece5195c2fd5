using Rampart.Pipeline.Scaffolding;

namespace Rampart.Tests.Pipeline.Scaffolding;

public sealed class UnifiedDiffTests
{
    [Fact]
    public void A_new_file_is_all_additions_from_dev_null()
    {
        Assert.Equal("--- /dev/null\n+++ b/a.txt\n@@ -0,0 +1,2 @@\n+one\n+two\n", UnifiedDiff.Render("a.txt", null, "one\ntwo\n"));
    }

    [Fact]
    public void Changes_come_in_hunks_with_three_lines_of_context()
    {
        var before = string.Join('\n', Enumerable.Range(1, 12).Select(i => $"line {i}")) + "\n";
        var after = before.Replace("line 2\n", "line two\n", StringComparison.Ordinal) + "line 13\n";

        var diff = UnifiedDiff.Render("f", before, after);

        Assert.Equal(
            "--- a/f\n+++ b/f\n"
            + "@@ -1,5 +1,5 @@\n line 1\n-line 2\n+line two\n line 3\n line 4\n line 5\n"
            + "@@ -10,3 +10,4 @@\n line 10\n line 11\n line 12\n+line 13\n",
            diff);
    }

    [Fact]
    public void Identical_text_has_no_hunks()
    {
        Assert.Equal("--- a/f\n+++ b/f\n", UnifiedDiff.Render("f", "same\n", "same\n"));
    }
}
