using System.Text.Json;
using System.Text.RegularExpressions;
using Rampart.Core.Scanning;
using Rampart.Pipeline;
using Rampart.Pipeline.Ci.Azure;
using Rampart.Pipeline.Ci.GitLab;
using Rampart.Pipeline.Scaffolding;
using Rampart.Pipeline.Workflows;
using Rampart.Tests.TestSupport;

namespace Rampart.Tests.Cli;

/// <summary>
/// <c>rampart init</c> end to end: on a copy of each fixture app, init (with an owner for
/// CODEOWNERS) then <c>rampart scan --only pipeline</c> must leave only the findings listed in the
/// fixture's expected-after-init.txt (each with the reason init cannot fix it); a second run changes nothing.
/// </summary>
public sealed partial class InitCommandTests
{
    private const string ExpectationsFile = "expected-after-init.txt";
    private const string WorkflowPath = ".github/workflows/ci.yml";
    private const string CodeOwnersPath = ".github/CODEOWNERS";
    private const string Owner = "@acme/platform";

    private static readonly Dictionary<string, string> CodeOwnersPaths = new(StringComparer.Ordinal)
    {
        ["github"] = CodeOwnersPath,
        ["gitlab"] = ".gitlab/CODEOWNERS",
        ["azure"] = "CODEOWNERS",
    };

    public static TheoryData<string, string> FixturesByProvider()
    {
        var data = new TheoryData<string, string>();
        foreach (var fixture in FixtureNames())
        {
            foreach (var ci in CodeOwnersPaths.Keys)
            {
                data.Add(fixture, ci);
            }
        }

        return data;
    }

    public static TheoryData<string> Fixtures() => [.. FixtureNames()];

    private static IEnumerable<string> FixtureNames() => Directory.GetDirectories(Path.Combine(RepoPaths.Fixtures, "Init")).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);

    [Theory]
    [MemberData(nameof(FixturesByProvider))]
    public async Task After_init_the_pipeline_scan_finds_only_what_init_cannot_fix(string fixture, string ci)
    {
        using var tree = CopyOf(fixture);

        // --restore writes the .NET lockfiles with the real dotnet restore (its packages are the test
        // project's own, so they are in the local package cache).
        var init = await CliRun.RunAsync("init", tree.Root, "--owner", Owner, "--ci", ci, "--restore");
        var scan = await CliRun.RunAsync("scan", tree.Root, "--only", "pipeline", "-f", "json", "--no-history");

        Assert.True(init.ExitCode == 0, init.ToString());
        Assert.True(scan.ExitCode == 0, scan.ToString());
        var expected = File.ReadAllLines(Path.Combine(Fixture(fixture), ExpectationsFile)).Where(l => l.Length > 0 && !l.StartsWith('#')).Order(StringComparer.Ordinal);
        Assert.Equal(expected, PipelineFindings(scan.Stdout).Order(StringComparer.Ordinal));
        Assert.EndsWith($"\n* {Owner}\n", tree.Read(CodeOwnersPaths[ci]), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public async Task The_generated_workflow_parses_and_pins_every_action_to_a_full_sha(string fixture)
    {
        using var tree = CopyOf(fixture);
        await CliRun.RunAsync("init", tree.Root);

        var text = tree.Read(WorkflowPath);
        var workflow = WorkflowParser.Parse(new FileText(new RepoFile(WorkflowPath, tree.PathOf(WorkflowPath), text.Length), text));

        Assert.NotNull(workflow);
        Assert.Equal(["push", "pull_request"], workflow.Triggers.Select(t => t.Text));
        Assert.True(workflow.Permissions is { Shorthand: null, Scopes.Count: 0 }, "top-level permissions must be {}");
        var job = Assert.Single(workflow.Jobs);
        Assert.Equal(["contents: read"], job.Permissions!.Scopes.Select(s => $"{s.Name}: {s.Value.Text}"));
        Assert.NotNull(job.TimeoutMinutes);
        var uses = job.Steps.Select(s => s.Uses).OfType<ActionReference>().ToList();
        Assert.NotEmpty(uses);
        Assert.All(uses, u => Assert.Matches(FullSha(), u.Ref ?? string.Empty));
        Assert.All(uses, u => Assert.Equal(ActionPins.For(u.Target).Version, u.Comment));
        Assert.Contains(job.Steps, s => s.Run?.Text == "rampart scan --fail-on high");
    }

    [Theory]
    [MemberData(nameof(FixturesByProvider))]
    public async Task Running_init_twice_changes_nothing_the_second_time(string fixture, string ci)
    {
        using var tree = CopyOf(fixture);
        await CliRun.RunAsync("init", tree.Root, "--owner", Owner, "--ci", ci);
        var before = Snapshot(tree.Root);

        var second = await CliRun.RunAsync("init", tree.Root, "--owner", Owner, "--ci", ci);

        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains("Nothing to do", second.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("created", second.Stdout, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(tree.Root));
    }

    [Fact]
    public async Task Dry_run_prints_a_diff_and_writes_nothing()
    {
        using var tree = CopyOf("express-api");
        var before = Snapshot(tree.Root);

        var run = await CliRun.RunAsync("init", tree.Root, "--dry-run");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(before, Snapshot(tree.Root));
        Assert.Contains("would create .github/workflows/ci.yml", Regex.Replace(run.Stdout, " +", " "), StringComparison.Ordinal);
        Assert.Contains("--- /dev/null\n+++ b/.github/workflows/ci.yml\n@@ -0,0 +1,", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("--- a/.gitignore\n+++ b/.gitignore\n@@ -1 +1,13 @@\n node_modules/\n+\n+# Secret files", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("nothing was written", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_users_workflow_is_kept_and_the_template_is_written_beside_it()
    {
        using var tree = CopyOf("fastapi-app");
        const string mine = "name: ci\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: pytest\n";
        tree.Write(WorkflowPath, mine);

        var first = await CliRun.RunAsync("init", tree.Root);
        var second = await CliRun.RunAsync("init", tree.Root);

        Assert.Equal(mine, tree.Read(WorkflowPath));
        Assert.Contains("rampart scan --fail-on high", tree.Read(WorkflowPath + ".rampart-new"), StringComparison.Ordinal);
        Assert.Contains($"kept       {WorkflowPath}  (yours differs; the template is in {WorkflowPath}.rampart-new)", first.Stdout, StringComparison.Ordinal);
        Assert.Contains($"kept       {WorkflowPath}  (yours differs; {WorkflowPath}.rampart-new is up to date)", second.Stdout, StringComparison.Ordinal);
        Assert.Contains("Nothing to do", second.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Prints_the_hook_path_branch_protection_and_push_protection_commands()
    {
        using var tree = CopyOf("dotnet-minimal-api");

        var run = await CliRun.RunAsync("init", tree.Root);

        Assert.Contains("git config core.hooksPath .githooks", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("gh api -X PUT repos/{owner}/{repo}/branches/main/protection", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("required_status_checks[contexts][]=build", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("security_and_analysis[secret_scanning_push_protection][status]=enabled", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("dotnet restore Api.slnx", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("no CODEOWNERS", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_owner_the_owner_of_a_github_origin_remote_gets_codeowners()
    {
        using var repo = new GitTree();
        repo.Tree.CopyFrom(Fixture("express-api"));
        repo.Git("remote", "add", "origin", "https://github.com/acme/notes.git");

        var init = await CliRun.RunAsync("init", repo.Root);
        var scan = await CliRun.RunAsync("scan", repo.Root, "--only", "pipeline", "-f", "json", "--no-history");

        Assert.True(init.ExitCode == 0, init.ToString());
        Assert.EndsWith("\n* @acme\n", repo.Tree.Read(CodeOwnersPath), StringComparison.Ordinal);
        Assert.Contains($"created    {CodeOwnersPath}  (@acme reviews every change)", init.Stdout, StringComparison.Ordinal);
        Assert.Contains("CODEOWNERS names @acme, the owner of the origin remote", init.Stdout, StringComparison.Ordinal);
        Assert.Empty(PipelineFindings(scan.Stdout));
    }

    [Fact]
    public async Task Without_owner_or_a_github_remote_init_only_says_how_to_add_codeowners()
    {
        using var repo = new GitTree();
        repo.Tree.CopyFrom(Fixture("fastapi-app"));
        repo.Git("remote", "add", "origin", "https://gitlab.com/acme/notes.git");

        var init = await CliRun.RunAsync("init", repo.Root);

        Assert.True(init.ExitCode == 0, init.ToString());
        Assert.False(File.Exists(repo.Tree.PathOf(CodeOwnersPath)));
        Assert.Contains("no CODEOWNERS: it must name a reviewer; run init with --owner @your-team", init.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("CODEOWNERS")]
    [InlineData(".github/CODEOWNERS")]
    [InlineData("docs/CODEOWNERS")]
    public async Task An_existing_codeowners_is_never_touched(string path)
    {
        using var tree = CopyOf("express-api").Write(path, "/src/ @someone-else\n");
        var before = Snapshot(tree.Root).Where(f => f.Key.Contains("CODEOWNERS", StringComparison.Ordinal)).ToList();

        var init = await CliRun.RunAsync("init", tree.Root, "--owner", Owner);

        Assert.True(init.ExitCode == 0, init.ToString());
        Assert.Equal(before, Snapshot(tree.Root).Where(f => f.Key.Contains("CODEOWNERS", StringComparison.Ordinal)));
        Assert.Contains($"{path} already names the reviewers and is kept as it is: --owner {Owner} was not written", init.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("acme")]
    [InlineData("acme/platform")]
    [InlineData("@")]
    [InlineData("@acme platform")]
    [InlineData("@acme/")]
    [InlineData("alice@")]
    [InlineData("")]
    public async Task A_bad_owner_exits_with_2_and_one_line_and_writes_nothing(string owner)
    {
        using var tree = CopyOf("express-api");
        var before = Snapshot(tree.Root);

        var run = await CliRun.RunAsync("init", tree.Root, "--owner", owner);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"rampart: --owner '{owner}': expected @user, @org/team or an email address\n", run.Stderr.ReplaceLineEndings("\n"));
        Assert.Empty(run.Stdout);
        Assert.Equal(before, Snapshot(tree.Root));
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public async Task The_generated_gitlab_pipeline_parses_and_gates_merge_requests(string fixture)
    {
        using var tree = CopyOf(fixture);
        await CliRun.RunAsync("init", tree.Root, "--ci", "gitlab");

        var text = tree.Read(".gitlab-ci.yml");
        var pipeline = GitLabCiParser.Parse(new FileText(new RepoFile(".gitlab-ci.yml", tree.PathOf(".gitlab-ci.yml"), text.Length), text));

        Assert.NotNull(pipeline);
        Assert.Contains("    - if: $CI_PIPELINE_SOURCE == \"merge_request_event\"\n    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH\n", text, StringComparison.Ordinal);
        Assert.Contains(pipeline.Jobs, j => j.Name == "rampart");
        Assert.Contains("    - rampart scan --fail-on high\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("CI_DEBUG", text, StringComparison.Ordinal);
        Assert.False(File.Exists(tree.PathOf(".github/dependabot.yml")));
        Assert.False(File.Exists(tree.PathOf(".github/workflows/ci.yml")));
        AssertRenovate(tree.Read("renovate.json"), "gitlabci");
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public async Task The_generated_azure_pipeline_parses_and_checks_out_without_credentials(string fixture)
    {
        using var tree = CopyOf(fixture);
        await CliRun.RunAsync("init", tree.Root, "--ci", "azure");

        var text = tree.Read("azure-pipelines.yml");
        var pipeline = AzurePipelineParser.Parse(new FileText(new RepoFile("azure-pipelines.yml", tree.PathOf("azure-pipelines.yml"), text.Length), text));

        Assert.NotNull(pipeline);
        Assert.Equal("ubuntu-24.04", pipeline.VmImage?.Text);
        Assert.Contains("trigger:\n  branches:\n    include:\n      - main\n\npr:\n  branches:\n    include:\n      - main\n", text, StringComparison.Ordinal);
        Assert.Contains("      - checkout: self\n        persistCredentials: false\n", text, StringComparison.Ordinal);
        Assert.Contains("rampart scan --fail-on high", text, StringComparison.Ordinal);
        Assert.DoesNotContain("$(", text, StringComparison.Ordinal);
        Assert.False(File.Exists(tree.PathOf(".github/dependabot.yml")));
        AssertRenovate(tree.Read("renovate.json"), "azure-pipelines");
    }

    [Theory]
    [InlineData("gitlab", "In GitLab, protect main")]
    [InlineData("azure", "In Azure Repos, add a branch policy on main")]
    public async Task Gitlab_and_azure_print_their_own_settings_not_gh_commands(string ci, string branchProtection)
    {
        using var tree = CopyOf("express-api");

        var run = await CliRun.RunAsync("init", tree.Root, "--ci", ci);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains(branchProtection, run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("gh api", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("git config core.hooksPath .githooks", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_existing_renovate_config_is_kept_for_gitlab()
    {
        using var tree = CopyOf("express-api").Write(".renovaterc.json", "{}\n");

        var init = await CliRun.RunAsync("init", tree.Root, "--ci", "gitlab");

        Assert.True(init.ExitCode == 0, init.ToString());
        Assert.False(File.Exists(tree.PathOf("renovate.json")));
        Assert.Contains("no renovate.json: .renovaterc.json already configures Renovate", init.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--ci", "jenkins")]
    [InlineData("--no-such-option")]
    public async Task Bad_input_exits_with_2(params string[] extra)
    {
        using var tree = new TempTree();

        var run = await CliRun.RunAsync(["init", tree.Root, .. extra]);

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(Directory.EnumerateFileSystemEntries(tree.Root));
    }

    [Fact]
    public async Task A_missing_folder_exits_with_2()
    {
        var run = await CliRun.RunAsync("init", Path.Combine(Path.GetTempPath(), "rampart-no-such-" + Guid.NewGuid().ToString("N")));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no such directory", run.Stderr, StringComparison.Ordinal);
    }

    private static void AssertRenovate(string json, string ciManager)
    {
        using var document = JsonDocument.Parse(json);
        Assert.Equal("7 days", document.RootElement.GetProperty("minimumReleaseAge").GetString());
        Assert.Contains(ciManager, document.RootElement.GetProperty("enabledManagers").EnumerateArray().Select(m => m.GetString()));
    }

    private static string Fixture(string name) => Path.Combine(RepoPaths.Fixtures, "Init", name);

    private static TempTree CopyOf(string fixture) => new TempTree().CopyFrom(Fixture(fixture));

    /// <summary>Findings as FixtureScan.Describe writes them: <c>RMP-P011 low package.json</c>, with <c>:line</c> when there is one.</summary>
    private static IEnumerable<string> PipelineFindings(string json)
    {
        using var document = JsonDocument.Parse(json);
        return
        [
            .. document.RootElement.GetProperty("findings").EnumerateArray().Select(f =>
            {
                var location = f.GetProperty("location");
                var line = location.TryGetProperty("line", out var value) ? $":{value.GetInt32()}" : string.Empty;
                return $"{f.GetProperty("ruleId").GetString()} {f.GetProperty("severity").GetString()} {location.GetProperty("path").GetString()}{line}";
            }),
        ];
    }

    /// <summary>Every file under the root with its bytes and, off Windows, its mode: what "changed nothing" compares.</summary>
    private static SortedDictionary<string, string> Snapshot(string root) =>
        new(Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(root, f).Replace('\\', '/'),
            f => Convert.ToBase64String(File.ReadAllBytes(f)) + (OperatingSystem.IsWindows() ? string.Empty : $" {File.GetUnixFileMode(f)}")),
            StringComparer.Ordinal);

    [GeneratedRegex("^[0-9a-f]{40}$")]
    private static partial Regex FullSha();
}
