using System.Text.Json;
using Rampart.Core.Findings;
using Rampart.Secrets;
using Rampart.Tests.TestSupport;

namespace Rampart.Tests.Secrets;

/// <summary>Secrets in git history and in the index, against real repositories built by the test.</summary>
public sealed class GitHistoryTests
{
    private const string DeletedToken = "Qm8vX2pL7rT4wZ9cN1bK5dH3";
    private const string BranchToken = "Vb6nM2xK9qL4tR7wZ1cP8sD5";
    private const string CurrentToken = "Hy3kP8mW2nQ6vT9xL4bR7cJ1";

    private static async Task<List<Finding>> ScanAsync(string root, bool history = true)
    {
        var engine = new Rampart.Core.Scanning.ScanEngine([new SecretsDetector()], TimeProvider.System, "test");
        var report = await engine.ScanAsync(new Rampart.Core.Scanning.ScanRequest(root, Rampart.Core.Configuration.RampartConfig.Default) { IncludeHistory = history }, null, CancellationToken.None);
        return [.. report.Findings];
    }

    private static string Sha(string secret) => RedactedSecret.From(secret).Sha256;

    [Fact]
    public async Task A_deleted_key_is_found_in_history_with_its_commit_and_removed_status()
    {
        using var repo = new GitTree();
        repo.Write("src/config.js", $"module.exports = {{ apiToken: \"{DeletedToken}\" }};\n");
        var added = repo.Commit("add config");
        repo.Write("src/config.js", "module.exports = { apiToken: process.env.API_TOKEN };\n");
        repo.Commit("read the token from the environment");
        repo.Git("checkout", "-q", "-b", "feature");
        repo.Write("src/feature.js", $"const featureToken = \"{BranchToken}\";\n");
        var branchCommit = repo.Commit("feature work");
        repo.Git("checkout", "-q", "main");
        repo.Write("src/current.js", $"const currentToken = \"{CurrentToken}\";\n");
        var current = repo.Commit("current token");

        var findings = await ScanAsync(repo.Root);

        var deleted = findings.Single(f => ((SecretEvidence)f.Evidence!).Secret.Sha256 == Sha(DeletedToken));
        var origin = ((SecretEvidence)deleted.Evidence!).Origin!;
        Assert.Equal((added, "Dana Dev", false), (origin.Commit, origin.Author, origin.StillInHead));
        Assert.Equal(("src/config.js", 1, added), (deleted.Location.Path, deleted.Location.Line, deleted.Location.Revision));
        Assert.Contains("was removed from the code but is still in git history", deleted.Message);
        Assert.Contains($"added in commit {added[..12]} by Dana Dev on 2026-03-01", deleted.Message);

        var branch = findings.Single(f => ((SecretEvidence)f.Evidence!).Secret.Sha256 == Sha(BranchToken));
        Assert.Equal(branchCommit, ((SecretEvidence)branch.Evidence!).Origin!.Commit);

        var inHead = findings.Single(f => ((SecretEvidence)f.Evidence!).Secret.Sha256 == Sha(CurrentToken));
        Assert.True(((SecretEvidence)inHead.Evidence!).Origin!.StillInHead);
        Assert.Null(inHead.Location.Revision);
        Assert.Equal(current, ((SecretEvidence)inHead.Evidence!).Origin!.Commit);
        Assert.Equal(3, findings.Count);
    }

    [Fact]
    public async Task No_history_scans_only_the_working_tree()
    {
        using var repo = new GitTree();
        repo.Write("a.js", $"const apiToken = \"{DeletedToken}\";\n");
        repo.Commit("add");
        repo.Write("a.js", "const apiToken = process.env.TOKEN;\n");
        repo.Commit("remove");

        Assert.Empty(await ScanAsync(repo.Root, history: false));
        Assert.Single(await ScanAsync(repo.Root, history: true));
    }

    [Fact]
    public async Task A_committed_env_file_ignored_afterwards_is_still_reported()
    {
        using var repo = new GitTree();
        repo.Write("api/.env", "LOG_LEVEL=debug\n").Write("api/app.py", "print('hi')\n");
        repo.Commit("first version");
        repo.Write(".gitignore", ".env\n");
        repo.Commit("ignore .env (too late)");

        var findings = await ScanAsync(repo.Root, history: false);

        var finding = Assert.Single(findings, f => f.RuleId == SecretsRules.CommittedSecretFile.Id);
        Assert.Equal("api/.env", finding.Location.Path);
        Assert.Contains("is committed to git (ignoring it now does not remove it)", finding.Message);

        repo.Write(".rampartignore", "api/\n");
        Assert.DoesNotContain(await ScanAsync(repo.Root, history: false), f => f.RuleId == SecretsRules.CommittedSecretFile.Id);
    }

    [Fact]
    public async Task Configured_excludes_apply_to_history_too()
    {
        using var repo = new GitTree();
        repo.Write("fixtures/keys.js", $"const apiToken = \"{DeletedToken}\";\n");
        repo.Commit("fixture");
        repo.Write("fixtures/keys.js", "// moved\n");
        repo.Write(".rampart.yml", "exclude:\n  - fixtures/\n");
        repo.Commit("exclude fixtures");

        var run = await CliRun.RunAsync("scan", repo.Root, "--only", "secrets", "-f", "json");

        using var json = JsonDocument.Parse(run.Stdout);
        Assert.Empty(json.RootElement.GetProperty("findings").EnumerateArray());
    }

    [Fact]
    public async Task The_same_blob_on_many_branches_is_one_finding()
    {
        using var repo = new GitTree();
        repo.Write("a.js", $"const apiToken = \"{DeletedToken}\";\n");
        repo.Commit("add");
        repo.Git("branch", "copy-1");
        repo.Git("branch", "copy-2");
        repo.Write("b.js", $"const otherToken = \"{DeletedToken}\";\n");
        repo.Commit("same secret elsewhere");

        var finding = Assert.Single(await ScanAsync(repo.Root));

        Assert.Equal(["b.js"], finding.RelatedLocations.Select(l => l.Path));
        Assert.Contains("(in 2 places)", finding.Message);
    }

    [Fact]
    public async Task Staged_scans_the_index_only()
    {
        using var repo = new GitTree();
        repo.Write("committed.js", $"const oldToken = \"{DeletedToken}\";\n");
        repo.Commit("old");
        repo.Write("staged.js", $"const newToken = \"{BranchToken}\";\n");
        repo.Git("add", "staged.js");
        // After staging, the working copy changes again: the commit would contain the staged text.
        repo.Write("staged.js", "const newToken = process.env.NEW_TOKEN;\n");
        repo.Write("unstaged.js", $"const wipToken = \"{CurrentToken}\";\n");

        var run = await CliRun.RunAsync("scan", repo.Root, "--staged", "--only", "secrets", "-f", "json");

        Assert.True(run.ExitCode == 1, run.ToString());
        using var json = JsonDocument.Parse(run.Stdout);
        var finding = Assert.Single(json.RootElement.GetProperty("findings").EnumerateArray());
        Assert.Equal("staged.js", finding.GetProperty("location").GetProperty("path").GetString());
        Assert.Equal(Sha(BranchToken), finding.GetProperty("evidence").GetProperty("sha256").GetString());
    }

    [Fact]
    public async Task Staged_outside_a_repository_is_a_usage_error()
    {
        using var tree = new TempTree().Write("a.js", "x");

        var run = await CliRun.RunAsync("scan", tree.Root, "--staged");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("--staged needs a git repository", run.Stderr);
    }

    [Fact]
    public async Task A_shallow_clone_is_detected_and_said()
    {
        using var origin = new GitTree();
        origin.Write("a.js", "x\n");
        origin.Commit("1");
        origin.Write("a.js", "y\n");
        origin.Commit("2");
        using var clones = new TempTree();
        var clone = clones.PathOf("shallow");
        origin.Git("clone", "-q", "--depth", "1", $"file://{origin.Root}", clone);

        var run = await CliRun.RunAsync("scan", clone, "--only", "secrets", "-f", "json");

        using var json = JsonDocument.Parse(run.Stdout);
        Assert.Contains(json.RootElement.GetProperty("warnings").EnumerateArray(), w => w.GetProperty("message").GetString()!.Contains("shallow clone", StringComparison.Ordinal));
    }
}
