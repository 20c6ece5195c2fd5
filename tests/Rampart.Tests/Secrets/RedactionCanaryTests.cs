using Rampart.Tests.TestSupport;

namespace Rampart.Tests.Secrets;

/// <summary>
/// Known canary secrets planted in a repository (working tree and history) must never appear in
/// any output: every report format, stdout, stderr and the baseline.
/// </summary>
public sealed class RedactionCanaryTests
{
    private static readonly string[] Canaries =
    [
        "Cn7qW2xR9mK4vT8pL3bZ6dF1",
        "Zx4cV8bN2mQ7wE5rT9yU3iO6",
        "Pq9wE3rT7yU2iO6pA4sD8fG1",
    ];

    [Fact]
    public async Task No_canary_reaches_any_output()
    {
        using var repo = new GitTree();
        repo.Write("src/settings.py", $"DATABASE_PASSWORD = \"{Canaries[0]}\"\n");
        repo.Commit("settings");
        repo.Write("src/settings.py", "import os\nDATABASE_PASSWORD = os.environ[\"DATABASE_PASSWORD\"]\n");
        repo.Write(".env", $"API_TOKEN={Canaries[1]}\n");
        repo.Write("web/app.js", $"const clientSecret = \"{Canaries[2]}\"; // and again: {Canaries[2]}\n");
        repo.Commit("move to env");
        using var output = new TempTree();
        string[] formats = ["console", "json", "sarif", "markdown", "html"];
        var args = new List<string> { "scan", repo.Root };
        foreach (var format in formats)
        {
            args.AddRange(["-f", format, "-o", output.PathOf($"report.{format}")]);
        }

        var scan = await CliRun.RunAsync([.. args]);
        var console = await CliRun.RunAsync("scan", repo.Root);
        var baseline = await CliRun.RunAsync("baseline", "create", repo.Root, "-o", output.PathOf("baseline.json"));

        Assert.True(scan.ExitCode == 1, scan.ToString());
        Assert.Contains("Cn7q", output.Read("report.json"));
        var everything = new List<(string Name, string Text)>
        {
            ("scan stdout", scan.Stdout), ("scan stderr", scan.Stderr), ("console stdout", console.Stdout), ("console stderr", console.Stderr),
            ("baseline stdout", baseline.Stdout), ("baseline file", output.Read("baseline.json")),
        };
        everything.AddRange(formats.Select(f => ($"report.{f}", output.Read($"report.{f}"))));
        foreach (var (name, text) in everything)
        {
            foreach (var canary in Canaries)
            {
                // Any 8-character window of a canary counts as a leak, not just the whole value.
                for (var i = 0; i + 8 <= canary.Length; i++)
                {
                    Assert.False(text.Contains(canary.Substring(i, 8), StringComparison.Ordinal), $"{name} leaks part of a canary: {canary[..4]}…");
                }
            }
        }
    }
}
