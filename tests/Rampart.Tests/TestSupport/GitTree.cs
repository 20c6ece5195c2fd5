using System.Diagnostics;

namespace Rampart.Tests.TestSupport;

/// <summary>A real git repository made by the test (git init, commits with fixed authors and dates).</summary>
internal sealed class GitTree : IDisposable
{
    private int _commits;

    public GitTree()
    {
        Tree = new TempTree();
        Git("init", "-q", "-b", "main");
        Git("config", "user.name", "Dana Dev");
        Git("config", "user.email", "dana@example.invalid");
        Git("config", "commit.gpgsign", "false");
    }

    public TempTree Tree { get; }

    public string Root => Tree.Root;

    public GitTree Write(string path, string content)
    {
        Tree.Write(path, content);
        return this;
    }

    /// <summary>Stages everything and commits; returns the commit id. Dates advance one day per commit.</summary>
    public string Commit(string message)
    {
        Git("add", "-A");
        var date = new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero).AddDays(_commits++).ToString("yyyy-MM-ddTHH:mm:ssZ");
        Git(["commit", "-q", "-m", message], ("GIT_AUTHOR_DATE", date), ("GIT_COMMITTER_DATE", date));
        return Git("rev-parse", "HEAD").Trim();
    }

    public string Git(params string[] arguments) => Git(arguments, []);

    public string Git(string[] arguments, params (string Name, string Value)[] environment)
    {
        var info = new ProcessStartInfo("git") { WorkingDirectory = Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? output : throw new InvalidOperationException($"git {string.Join(' ', arguments)} failed: {error}");
    }

    public void Dispose() => Tree.Dispose();
}
