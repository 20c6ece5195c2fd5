using Rampart.Core.Configuration;
using Rampart.Core.Scanning;
using Rampart.Tests.TestSupport;

namespace Rampart.Tests.Core;

public sealed class FileWalkerTests
{
    private static FileInventory Walk(TempTree tree, WalkOptions? options = null) => new FileWalker().Walk(tree.Root, options ?? new WalkOptions());

    private static List<string> Paths(FileInventory inventory) => [.. inventory.Files.Select(f => f.Path)];

    [Fact]
    public void Honours_nested_gitignore_files_and_negation()
    {
        using var tree = new TempTree()
            .Write(".gitignore", "*.log\nnode_modules/\n")
            .Write("app.log", "x")
            .Write("src/index.js", "x")
            .Write("src/node_modules/lib/index.js", "x")
            .Write("src/.gitignore", "generated/\n!keep.log\n")
            .Write("src/keep.log", "x")
            .Write("src/generated/out.js", "x")
            .Write("other/generated/out.js", "x");

        Assert.Equal([".gitignore", "other/generated/out.js", "src/.gitignore", "src/index.js", "src/keep.log"], Paths(Walk(tree)));
    }

    [Fact]
    public void Honours_git_info_exclude_and_rampartignore_and_skips_dot_git()
    {
        using var tree = new TempTree()
            .Write(".git/info/exclude", "secret-notes.txt\n")
            .Write(".git/config", "[core]\n")
            .Write(".rampartignore", "vendor/\n")
            .Write("secret-notes.txt", "x")
            .Write("vendor/lib.js", "x")
            .Write("main.py", "x");

        Assert.Equal([".rampartignore", "main.py"], Paths(Walk(tree)));
    }

    [Fact]
    public void Applies_configured_excludes()
    {
        using var tree = new TempTree().Write("docs/a.md", "x").Write("src/a.cs", "x").Write("src/a.generated.cs", "x");

        var inventory = Walk(tree, new WalkOptions { ExcludePatterns = ["docs/", "*.generated.cs"] });

        Assert.Equal(["src/a.cs"], Paths(inventory));
    }

    [Fact]
    public void Skips_files_over_the_size_limit_and_reports_them()
    {
        using var tree = new TempTree().Write("big.json", new string('x', 2048)).Write("small.json", "{}");

        var inventory = Walk(tree, new WalkOptions { MaxFileSize = 1024 });

        Assert.Equal(["small.json"], Paths(inventory));
        var skipped = Assert.Single(inventory.Skipped);
        Assert.Equal(("big.json", SkipReason.TooLarge), (skipped.Path, skipped.Reason));
    }

    [Fact]
    public void Does_not_follow_a_symlink_out_of_the_root()
    {
        using var outside = new TempTree().Write("passwords.txt", "hunter2");
        using var tree = new TempTree()
            .Write("app.js", "x")
            .Symlink("leak.txt", outside.PathOf("passwords.txt"))
            .Symlink("outside-dir", outside.Root);

        var inventory = Walk(tree);

        Assert.Equal(["app.js"], Paths(inventory));
        Assert.Equal(
            [("leak.txt", SkipReason.SymlinkOutsideRoot), ("outside-dir", SkipReason.SymlinkOutsideRoot)],
            inventory.Skipped.Select(s => (s.Path, s.Reason)).ToList());
    }

    [Fact]
    public void Does_not_loop_on_a_symlink_to_an_ancestor()
    {
        using var tree = new TempTree().Write("a/b/file.txt", "x");
        tree.Symlink("a/b/loop", tree.PathOf("a"));

        var inventory = Walk(tree);

        Assert.Equal(["a/b/file.txt"], Paths(inventory));
        Assert.Equal(("a/b/loop", SkipReason.SymlinkLoop), inventory.Skipped.Select(s => (s.Path, s.Reason)).Single());
    }

    [Fact]
    public void Follows_a_symlink_inside_the_root_once()
    {
        using var tree = new TempTree().Write("real/config.yml", "x");
        tree.Symlink("alias.yml", tree.PathOf("real/config.yml"));

        Assert.Equal(["alias.yml", "real/config.yml"], Paths(Walk(tree)));
    }

    [Fact]
    public void A_missing_root_is_a_clear_error()
    {
        var error = Assert.Throws<DirectoryNotFoundException>(() => new FileWalker().Walk("/no/such/rampart/dir", new WalkOptions()));

        Assert.Contains("/no/such/rampart/dir", error.Message);
    }

    [Fact]
    public async Task Reading_skips_binaries_and_decodes_invalid_utf8_with_a_fallback()
    {
        using var tree = new TempTree()
            .WriteBytes("logo.png", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A])
            .WriteBytes("latin1.txt", [0x63, 0x61, 0x66, 0xE9, 0x0A]) // "café" in Latin-1: invalid UTF-8
            .WriteBytes("utf16.txt", [0xFF, 0xFE, 0x68, 0x00, 0x69, 0x00])
            .Write("plain.txt", "héllo");
        var context = new ScanContext(tree.Root, Walk(tree), new WorkingTreeSource(tree.Root, new WalkOptions()), RampartConfig.Default, TimeProvider.System, 2);
        var texts = new System.Collections.Concurrent.ConcurrentDictionary<string, FileText>();

        await context.ForEachTextAsync(_ => true, (text, _) => { texts[text.Path] = text; return ValueTask.CompletedTask; }, CancellationToken.None);

        Assert.Equal(["latin1.txt", "plain.txt", "utf16.txt"], texts.Keys.Order(StringComparer.Ordinal).ToList());
        Assert.Equal("café\n", texts["latin1.txt"].Text);
        Assert.True(texts["latin1.txt"].DecodedWithFallback);
        Assert.Equal("hi", texts["utf16.txt"].Text);
        Assert.Equal("héllo", texts["plain.txt"].Text);
        Assert.Equal(("logo.png", SkipReason.Binary), context.SkippedWhileReading.Select(s => (s.Path, s.Reason)).Single());
    }
}
