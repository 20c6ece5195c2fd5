using Rampart.Core.Reports;
using Rampart.Pipeline.Hygiene;
using Rampart.Tests.TestSupport;

namespace Rampart.Tests.Pipeline;

/// <summary>Single hygiene rules on small generated trees: the edges the fixtures do not show.</summary>
public sealed class HygieneCheckTests
{
    private const string Manifest = """{ "name": "app", "scripts": { "test": "vitest run" }, "dependencies": { "express": "^4.21.2" } }""";

    private static async Task<List<string>> FindingsAsync(TempTree tree, string rule)
    {
        var report = await FixtureScan.ScanAsync(tree.Root, new RepositoryHygieneDetector());
        return [.. Only(report, rule)];
    }

    private static IEnumerable<string> Only(ScanReport report, string rule) =>
        report.Findings.Where(f => f.RuleId.Value == rule).Select(FixtureScan.Describe);

    [Fact]
    public async Task Ci_that_calls_a_script_that_runs_the_tests_runs_tests()
    {
        using var tree = new TempTree()
            .Write("package.json", """{ "scripts": { "ci": "npm run lint && npm run unit", "unit": "vitest run" } }""")
            .Write(".github/workflows/ci.yml", "on: [pull_request]\njobs:\n  ci:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm run ci\n");

        Assert.Empty(await FindingsAsync(tree, "RMP-P003"));
    }

    [Fact]
    public async Task Ci_that_calls_a_remote_reusable_workflow_may_run_tests_there()
    {
        using var tree = new TempTree()
            .Write("package.json", Manifest)
            .Write(".github/workflows/ci.yml", "on: [pull_request]\njobs:\n  ci:\n    uses: acme/shared/.github/workflows/node.yml@0123456789abcdef0123456789abcdef01234567\n");

        Assert.Empty(await FindingsAsync(tree, "RMP-P003"));
    }

    [Fact]
    public async Task Azure_dotnet_test_task_and_composite_actions_count_as_tests()
    {
        using var azure = new TempTree().Write("App.csproj", "<Project />")
            .Write("azure-pipelines.yml", "steps:\n  - task: DotNetCoreCLI@2\n    inputs:\n      command: test\n");
        using var composite = new TempTree().Write("package.json", Manifest)
            .Write(".github/workflows/ci.yml", "on: pull_request\njobs:\n  ci:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: ./.github/actions/check\n")
            .Write(".github/actions/check/action.yml", "runs:\n  using: composite\n  steps:\n    - run: npm test\n      shell: bash\n");

        Assert.Empty(await FindingsAsync(azure, "RMP-P003"));
        Assert.Empty(await FindingsAsync(composite, "RMP-P003"));
    }

    [Fact]
    public async Task Ci_without_tests_lists_every_ci_file_and_names_only_tools()
    {
        using var tree = new TempTree().Write("package.json", Manifest)
            .Write(".github/workflows/build.yml", "on: pull_request\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n          npm ci\n          curl -H \"Authorization: token abc123\" https://example.com\n")
            .Write(".github/workflows/release.yml", "on: workflow_dispatch\njobs:\n  r:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm publish\n");

        var report = await FixtureScan.ScanAsync(tree.Root, new RepositoryHygieneDetector());

        var finding = Assert.Single(report.Findings, f => f.RuleId.Value == "RMP-P003");
        Assert.Equal(".github/workflows/build.yml:2", FixtureScan.Describe(finding).Split(' ')[2]);
        Assert.Equal("CI runs no tests: the commands in .github/workflows/build.yml and 1 other CI file(s) use npm, curl, but no test runner, so a green build says nothing about whether the code works", finding.Message);
        Assert.Equal([".github/workflows/release.yml"], finding.RelatedLocations.Select(l => l.Path));
    }

    [Fact]
    public async Task A_workspace_package_is_locked_by_the_lockfile_at_the_root()
    {
        using var tree = new TempTree().Write("package.json", """{ "workspaces": ["packages/*"], "devDependencies": { "typescript": "^5.6.3" } }""")
            .Write("pnpm-lock.yaml", "lockfileVersion: '9.0'\n")
            .Write("packages/api/package.json", Manifest)
            .Write("tools/App/App.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\">\n  <ItemGroup>\n    <PackageReference Include=\"Serilog\" Version=\"4.1.0\" />\n  </ItemGroup>\n</Project>\n");

        Assert.Equal(["RMP-P007 medium tools/App/App.csproj:3"], await FindingsAsync(tree, "RMP-P007"));
    }

    [Fact]
    public async Task Dotnet_restore_outside_locked_mode_is_reported_unless_the_projects_enforce_it()
    {
        const string Workflow = "on: pull_request\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: dotnet restore\n      - run: dotnet test --no-restore\n";
        using var unlocked = new TempTree().Write("App.csproj", "<Project />").Write("packages.lock.json", "{}").Write(".github/workflows/ci.yml", Workflow);
        using var locked = new TempTree().Write("App.csproj", "<Project />").Write("packages.lock.json", "{}").Write(".github/workflows/ci.yml", Workflow)
            .Write("Directory.Build.props", "<Project><PropertyGroup><RestoreLockedMode Condition=\"'$(CI)' == 'true'\">true</RestoreLockedMode></PropertyGroup></Project>");

        Assert.Equal(["RMP-P008 low .github/workflows/ci.yml:6"], await FindingsAsync(unlocked, "RMP-P008"));
        Assert.Empty(await FindingsAsync(locked, "RMP-P008"));
    }

    [Fact]
    public async Task Uv_sync_without_locked_is_reported_once_per_ci_file()
    {
        using var tree = new TempTree().Write("pyproject.toml", "[project]\nname = \"svc\"\ndependencies = [\"fastapi\"]\n").Write("uv.lock", "version = 1\n")
            .Write(".gitlab-ci.yml", "test:\n  script:\n    - uv sync\n    - uv run pytest\n");

        Assert.Equal(["RMP-P008 low .gitlab-ci.yml:3"], await FindingsAsync(tree, "RMP-P008"));
        Assert.Empty(await FindingsAsync(tree, "RMP-P007"));
    }

    [Theory]
    [InlineData(".husky/pre-commit", "npx --no -- gitleaks protect --staged\n", 0)]
    [InlineData(".github/workflows/scan.yml", "on: pull_request\njobs:\n  s:\n    runs-on: ubuntu-latest\n    steps:\n      - run: rampart scan . --only secrets,pipeline\n", 0)]
    [InlineData(".github/workflows/scan.yml", "on: pull_request\njobs:\n  s:\n    runs-on: ubuntu-latest\n    steps:\n      - run: rampart scan . --only pipeline\n", 1)]
    [InlineData(".github/workflows/scan.yml", "on: pull_request\njobs:\n  s:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: trufflesecurity/trufflehog@6641d4ba5b684fffe195b9820345de1bf19f3181\n", 0)]
    public async Task Secret_scanning_counts_in_hooks_and_ci(string path, string content, int expected)
    {
        using var tree = new TempTree().Write("package.json", Manifest).Write(path, content);

        Assert.Equal(expected, (await FindingsAsync(tree, "RMP-P009")).Count);
    }

    [Fact]
    public async Task Renovate_covers_everything_unless_managers_are_restricted()
    {
        using var all = new TempTree().Write("package.json", Manifest).Write("Dockerfile", "FROM node:22\n").Write("renovate.json", """{ "extends": ["config:recommended"] }""");
        using var npmOnly = new TempTree().Write("package.json", Manifest).Write("Dockerfile", "FROM node:22\n").Write(".github/renovate.json5", "{\n  // only npm for now\n  enabledManagers: ['npm'],\n}\n");
        using var restricted = new TempTree().Write("package.json", Manifest).Write("Dockerfile", "FROM node:22\n").Write("renovate.json", "{\n  \"enabledManagers\": [\"npm\"]\n}\n");

        Assert.Empty(await FindingsAsync(all, "RMP-P005").ContinueWith(t => t.Result.Concat(FindingsAsync(all, "RMP-P006").Result).ToList()));
        Assert.Empty(await FindingsAsync(npmOnly, "RMP-P006"));
        Assert.Equal(["RMP-P006 low renovate.json:2"], await FindingsAsync(restricted, "RMP-P006"));
    }

    [Fact]
    public async Task Committed_binaries_are_reported_one_per_file_outside_tests_and_wrappers()
    {
        var elf = new byte[] { 0x7F, 0x45, 0x4C, 0x46, 0, 0, 0, 0 };
        using var tree = new TempTree().Write("package.json", Manifest)
            .WriteBytes("bin/Release/App.dll", elf).WriteBytes("tools/protoc.exe", elf).WriteBytes("lib/__pycache__/util.cpython-312.pyc", elf)
            .WriteBytes("tests/fixtures/sample.jar", elf).WriteBytes("node_modules/esbuild/bin/esbuild.exe", elf).WriteBytes("gradle/wrapper/gradle-wrapper.jar", elf);

        Assert.Equal(
            ["RMP-P012 medium bin/Release/App.dll", "RMP-P012 medium lib/__pycache__/util.cpython-312.pyc", "RMP-P012 medium tools/protoc.exe"],
            (await FindingsAsync(tree, "RMP-P012")).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_dockerignore_next_to_the_dockerfile_or_at_the_root_counts()
    {
        using var tree = new TempTree().Write("package.json", Manifest)
            .Write("api/Dockerfile", "FROM node:22\n").Write("api/Dockerfile.dockerignore", ".env*\n.git\n")
            .Write("web/Dockerfile", "FROM node:22\n").Write(".dockerignore", "*\n!web/\n!.env.example\n");

        Assert.Empty(await FindingsAsync(tree, "RMP-P013"));
    }

    [Fact]
    public async Task Nothing_is_reported_for_a_folder_that_is_not_a_project()
    {
        using var tree = new TempTree().Write("notes.md", "# notes\n").WriteBytes("tool.exe", [0x4D, 0x5A, 0]).Write("Dockerfile", "FROM node\n");

        var report = await FixtureScan.ScanAsync(tree.Root, new RepositoryHygieneDetector());

        Assert.Empty(report.Findings);
    }
}
