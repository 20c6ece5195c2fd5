using System.Text;
using System.Text.Json;
using Rampart.Cli;
using Rampart.Tests.TestSupport;

namespace Rampart.Tests.Cli;

public sealed class StdinAndHookTests
{
    [Fact]
    public async Task Stdin_is_scanned_as_one_file_named_stdin()
    {
        using var stdin = new MemoryStream(Encoding.UTF8.GetBytes("line one\nconst apiToken = \"Rk4mT8wQ2xN6vB9pL3cZ7dH1\";\n"));
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        using var tree = new TempTree();

        var code = await Rampart.Cli.Cli.RunAsync(["scan", tree.Root, "--stdin", "--only", "secrets", "-f", "json"], stdin, stdout, stderr, CliEnvironment.Redirected);

        Assert.True(code == 1, stderr.ToString());
        using var json = JsonDocument.Parse(stdout.ToString());
        var location = json.RootElement.GetProperty("findings")[0].GetProperty("location");
        Assert.Equal(("stdin", 2), (location.GetProperty("path").GetString(), location.GetProperty("line").GetInt32()));
    }

    [Fact]
    public async Task Hook_install_keeps_an_existing_hook_and_uninstall_removes_only_its_lines()
    {
        using var repo = new GitTree();
        var hook = Path.Combine(repo.Root, ".git", "hooks", "pre-commit");
        Directory.CreateDirectory(Path.GetDirectoryName(hook)!);
        const string mine = "#!/bin/sh\nnpm run lint\n";
        File.WriteAllText(hook, mine);

        var install = await CliRun.RunAsync("hook", "install", repo.Root);
        var again = await CliRun.RunAsync("hook", "install", repo.Root);
        var installed = File.ReadAllText(hook);
        var executable = OperatingSystem.IsWindows() || File.GetUnixFileMode(hook).HasFlag(UnixFileMode.UserExecute);
        var uninstall = await CliRun.RunAsync("hook", "uninstall", repo.Root);

        Assert.Equal((0, 0, 0), (install.ExitCode, again.ExitCode, uninstall.ExitCode));
        Assert.StartsWith(mine, installed);
        Assert.Contains("rampart scan --staged --only secrets", installed);
        Assert.Single(installed.Split('\n'), l => l.StartsWith("rampart scan", StringComparison.Ordinal));
        Assert.True(executable);
        Assert.Equal(mine, File.ReadAllText(hook));
    }

    [Fact]
    public async Task Hook_uninstall_deletes_a_hook_it_created_alone()
    {
        using var repo = new GitTree();
        var hook = Path.Combine(repo.Root, ".git", "hooks", "pre-commit");

        await CliRun.RunAsync("hook", "install", repo.Root);
        Assert.True(File.Exists(hook));
        await CliRun.RunAsync("hook", "uninstall", repo.Root);

        Assert.False(File.Exists(hook));
    }

    [Fact]
    public async Task Hook_honours_core_hooks_path()
    {
        using var repo = new GitTree();
        repo.Git("config", "core.hooksPath", ".githooks");

        var run = await CliRun.RunAsync("hook", "install", repo.Root);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(File.Exists(Path.Combine(repo.Root, ".githooks", "pre-commit")));
    }

    [Fact]
    public async Task Hook_outside_a_repository_exits_2()
    {
        using var tree = new TempTree();

        var run = await CliRun.RunAsync("hook", "install", tree.Root);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("not inside a git repository", run.Stderr);
    }
}
