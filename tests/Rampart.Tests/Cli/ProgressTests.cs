using Rampart.Cli;
using Rampart.Pipeline.Hygiene;
using Rampart.Tests.TestSupport;

namespace Rampart.Tests.Cli;

/// <summary>Progress is drawn on stderr for a person at a terminal, and never when output is redirected.</summary>
public sealed class ProgressTests
{
    private static async Task<(int Code, string Stdout, string Stderr)> ScanAsync(CliEnvironment environment, params string[] extra)
    {
        using var tree = new TempTree().Write("package.json", "{\"name\":\"x\"}").Write("index.test.js", "x").Write(".gitlab-ci.yml", "test:\n  script: npm test\n")
            // A secret-scanning hook keeps RMP-P009 (no-secret-scanning) out of stdout, where "scanning" would read as progress.
            .Write(".husky/pre-commit", "npx gitleaks protect --staged\n");
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var cli = new Rampart.Cli.Cli([new RepositoryHygieneDetector()], environment, TimeProvider.System);
        var code = await cli.RunAsync(["scan", tree.Root, .. extra], stdout, stderr, CancellationToken.None);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task A_terminal_gets_progress_on_stderr()
    {
        var (code, stdout, stderr) = await ScanAsync(new CliEnvironment(StdoutIsTerminal: true, StderrIsTerminal: true, NoColor: true, Width: 100));

        Assert.True(code == 0, stderr);
        // A scan this small ends before the first refresh, but the live status display has started (cursor hidden).
        Assert.Contains("\u001b[?25l", stderr);
        Assert.DoesNotContain("scanning", stdout);
    }

    [Fact]
    public async Task Redirected_output_gets_no_progress()
    {
        var (_, _, stderr) = await ScanAsync(CliEnvironment.Redirected);

        Assert.Equal(string.Empty, stderr);
    }

    [Fact]
    public async Task Quiet_hides_progress_even_on_a_terminal()
    {
        var (_, _, stderr) = await ScanAsync(new CliEnvironment(true, true, true, 100), "--quiet");

        Assert.Equal(string.Empty, stderr);
    }

    [Fact]
    public async Task Colour_follows_the_terminal_and_no_color()
    {
        var (_, colour, _) = await ScanAsync(new CliEnvironment(true, false, NoColor: false, 100));
        var (_, noColour, _) = await ScanAsync(new CliEnvironment(true, false, NoColor: true, 100));

        Assert.Contains("\u001b[", colour);
        Assert.DoesNotContain("\u001b", noColour);
    }
}
