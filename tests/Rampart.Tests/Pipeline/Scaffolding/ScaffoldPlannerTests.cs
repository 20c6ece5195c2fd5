using Rampart.Pipeline.Containers;
using Rampart.Pipeline.Hygiene;
using Rampart.Pipeline.Scaffolding;
using Rampart.Pipeline.Workflows;
using Rampart.Tests.TestSupport;

namespace Rampart.Tests.Pipeline.Scaffolding;

/// <summary>How init treats files the user already has: keys and lines are merged, nothing is overwritten.</summary>
public sealed class ScaffoldPlannerTests
{
    private const string LockfileProperty = "<RestorePackagesWithLockFile>true</RestorePackagesWithLockFile>";

    [Fact]
    public void The_lockfile_property_is_merged_into_an_existing_directory_build_props()
    {
        const string mine = "<Project>\n  <PropertyGroup>\n    <Nullable>enable</Nullable>\n  </PropertyGroup>\n</Project>\n";
        using var tree = DotnetWithTests().Write("Directory.Build.props", mine);

        var props = File(Plan(tree), "Directory.Build.props");

        Assert.Equal(PlannedAction.Merge, props.Action);
        Assert.StartsWith("<Project>\n  <PropertyGroup>\n    <Nullable>enable</Nullable>\n  </PropertyGroup>\n  <PropertyGroup>\n", props.Proposed, StringComparison.Ordinal);
        Assert.EndsWith($"    {LockfileProperty}\n  </PropertyGroup>\n</Project>\n", props.Proposed, StringComparison.Ordinal);
    }

    [Fact]
    public void A_props_file_that_already_sets_the_property_is_left_alone()
    {
        const string mine = "<Project><PropertyGroup><RestorePackagesWithLockFile>false</RestorePackagesWithLockFile></PropertyGroup></Project>";
        using var tree = DotnetWithTests().Write("Directory.Build.props", mine);

        Assert.Equal(PlannedAction.Unchanged, File(Plan(tree), "Directory.Build.props").Action);
    }

    [Fact]
    public void A_users_pre_commit_hook_is_kept_and_the_scan_added_below_it()
    {
        using var tree = DotnetWithTests().Write(".githooks/pre-commit", "#!/bin/sh\nnpm run lint\n");

        var hook = File(Plan(tree), ".githooks/pre-commit");

        Assert.Equal(PlannedAction.Merge, hook.Action);
        Assert.Equal("#!/bin/sh\nnpm run lint\n# >>> rampart pre-commit hook >>>\nrampart scan --staged --only secrets --quiet || exit $?\n# <<< rampart pre-commit hook <<<\n", hook.Proposed);
    }

    [Fact]
    public void Gitignore_gets_only_the_missing_lines()
    {
        using var tree = DotnetWithTests().Write(".gitignore", "bin/\nobj/\n.env\n*.pem");

        var gitignore = File(Plan(tree), ".gitignore");

        Assert.StartsWith("bin/\nobj/\n.env\n*.pem\n\n# Secret files", gitignore.Proposed, StringComparison.Ordinal);
        Assert.Single(gitignore.Proposed.Split('\n'), l => l == ".env");
        Assert.DoesNotContain("# Build output", gitignore.Proposed, StringComparison.Ordinal);
        Assert.Contains("\n.env.*\n!.env.example\n", gitignore.Proposed, StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_test_project_is_added_to_an_existing_slnx()
    {
        using var tree = new TempTree()
            .Write("Shop.slnx", "<Solution>\n  <Project Path=\"src/Shop/Shop.csproj\" />\n</Solution>\n")
            .Write("src/Shop/Shop.csproj", "<Project Sdk=\"Microsoft.NET.Sdk.Web\"><PropertyGroup><TargetFramework>net9.0</TargetFramework><AssemblyName>Shop.Web</AssemblyName></PropertyGroup></Project>");

        var plan = Plan(tree);

        Assert.Equal("<Solution>\n  <Project Path=\"src/Shop/Shop.csproj\" />\n  <Project Path=\"tests/Shop.Tests/Shop.Tests.csproj\" />\n</Solution>\n", File(plan, "Shop.slnx").Proposed);
        var project = File(plan, "tests/Shop.Tests/Shop.Tests.csproj").Proposed;
        Assert.Contains("<TargetFramework>net9.0</TargetFramework>", project, StringComparison.Ordinal);
        Assert.Contains("<ProjectReference Include=\"../../src/Shop/Shop.csproj\" />", project, StringComparison.Ordinal);
        Assert.Contains("Assembly.Load(\"Shop.Web\")", File(plan, "tests/Shop.Tests/SmokeTests.cs").Proposed, StringComparison.Ordinal);
        Assert.Contains("dotnet restore Shop.slnx", plan.NextSteps[0], StringComparison.Ordinal);
    }

    [Fact]
    public void With_central_package_management_versions_go_to_directory_packages_props()
    {
        using var tree = new TempTree()
            .Write("Directory.Packages.props", "<Project>\n  <ItemGroup>\n    <PackageVersion Include=\"xunit\" Version=\"2.9.2\" />\n  </ItemGroup>\n</Project>\n")
            .Write("src/Api/Api.csproj", "<Project Sdk=\"Microsoft.NET.Sdk.Web\" />");

        var plan = Plan(tree);

        var versions = File(plan, "Directory.Packages.props").Proposed;
        Assert.Contains("<PackageVersion Include=\"Microsoft.NET.Test.Sdk\"", versions, StringComparison.Ordinal);
        Assert.Single(versions.Split('\n'), l => l.Contains("\"xunit\"", StringComparison.Ordinal));
        Assert.Contains("<PackageReference Include=\"xunit\" />", File(plan, "tests/Api.Tests/Api.Tests.csproj").Proposed, StringComparison.Ordinal);
        Assert.Contains("<Project Path=\"tests/Api.Tests/Api.Tests.csproj\" />", File(plan, "Api.slnx").Proposed, StringComparison.Ordinal);
    }

    [Fact]
    public void A_project_at_the_root_gets_no_test_project_but_a_note()
    {
        using var tree = new TempTree().Write("App.csproj", "<Project Sdk=\"Microsoft.NET.Sdk.Web\" />");

        var plan = Plan(tree);

        Assert.DoesNotContain(plan.Files, f => f.Path.StartsWith("tests/", StringComparison.Ordinal));
        Assert.Contains(plan.Notes, n => n.StartsWith("no .NET test project: App.csproj is at the root", StringComparison.Ordinal));
        Assert.Contains("dotnet restore --locked-mode App.csproj", File(plan, ".github/workflows/ci.yml").Proposed, StringComparison.Ordinal);
    }

    [Fact]
    public void An_existing_security_policy_elsewhere_and_renovate_are_respected()
    {
        using var tree = DotnetWithTests().Write("docs/SECURITY.md", "mine").Write("renovate.json", "{}");

        var plan = Plan(tree);

        Assert.Equal(PlannedAction.Unchanged, File(plan, "docs/SECURITY.md").Action);
        Assert.DoesNotContain(plan.Files, f => f.Path is "SECURITY.md" or ".github/dependabot.yml");
        Assert.Contains(plan.Notes, n => n.Contains("renovate.json already configures Renovate", StringComparison.Ordinal));
    }

    [Fact]
    public void The_workflow_guards_the_remotes_default_branch()
    {
        using var tree = DotnetWithTests().Write(".git/HEAD", "ref: refs/heads/feature/x\n").Write(".git/refs/remotes/origin/HEAD", "ref: refs/remotes/origin/trunk\n");

        var plan = Plan(tree);

        Assert.Contains("    branches: [trunk]\n", File(plan, ".github/workflows/ci.yml").Proposed, StringComparison.Ordinal);
        Assert.Contains(plan.NextSteps, s => s.Contains("/branches/trunk/protection", StringComparison.Ordinal));
    }

    [Fact]
    public void With_an_owner_a_commented_codeowners_names_it_for_every_path()
    {
        using var tree = DotnetWithTests();

        var plan = ScaffoldPlanner.Plan(tree.Root, CiProvider.GitHub, "0.1.0", CodeOwner.Parse("@acme/platform"));

        var lines = File(plan, ".github/CODEOWNERS").Proposed.TrimEnd('\n').Split('\n');
        Assert.All(lines[..^1], l => Assert.StartsWith("# ", l, StringComparison.Ordinal));
        Assert.Equal("* @acme/platform", lines[^1]);
        Assert.DoesNotContain(plan.Notes, n => n.Contains("CODEOWNERS", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_an_owner_there_is_no_codeowners_but_a_note()
    {
        using var tree = DotnetWithTests();

        var plan = Plan(tree);

        Assert.DoesNotContain(plan.Files, f => f.Path.EndsWith("CODEOWNERS", StringComparison.Ordinal));
        Assert.Contains(plan.Notes, n => n.StartsWith("no CODEOWNERS: it must name a reviewer", StringComparison.Ordinal));
    }

    /// <summary>Each package manager and installer gets commands the hygiene checks and workflow audits accept.</summary>
    [Theory]
    [InlineData("yarn", "package.json", """{ "scripts": { "test": "vitest run" }, "devDependencies": { "vitest": "^3.0.0" } }""", "yarn.lock", "x", "src/sum.test.ts")]
    [InlineData("pnpm", "package.json", """{ "scripts": { "test": "echo \"Error: no test specified\" && exit 1" }, "dependencies": { "hono": "^4.6.0" } }""", "pnpm-lock.yaml", "x", null)]
    [InlineData("bun", "package.json", """{ "scripts": { "build": "bun build index.ts" }, "dependencies": { "hono": "^4.6.0" } }""", "bun.lock", "x", null)]
    [InlineData("poetry", "pyproject.toml", "[tool.poetry.dependencies]\npython = \"^3.12\"\nflask = \"3.1.0\"\n", "poetry.lock", "x", null)]
    [InlineData("pip-hashes", "requirements.txt", "flask==3.1.0 --hash=sha256:d667207822eb83f1c4b50949b1623c8fc8d51f2341d65f72e1a1815397551138\n", "app.py", "import os\nKEY = os.environ['FLASK_KEY']\n", null)]
    public async Task Init_satisfies_the_pipeline_checks_for_every_package_manager(string label, string manifest, string manifestText, string second, string secondText, string? testFile)
    {
        using var tree = new TempTree().Write(manifest, manifestText).Write(second, secondText);
        if (testFile is not null)
        {
            tree.Write(testFile, "test('x', () => {});\n");
        }

        var init = await CliRun.RunAsync("init", tree.Root, "--owner", "@acme/platform");
        var report = await FixtureScan.ScanAsync(tree.Root, new RepositoryHygieneDetector(), new GitHubWorkflowDetector(), new ContainerAuditDetector());

        Assert.True(init.ExitCode == 0, init.ToString());
        Assert.True(report.Findings.Count == 0, $"{label}:\n{string.Join('\n', report.Findings.Select(FixtureScan.Describe))}\n{tree.Read(".github/workflows/ci.yml")}");
    }

    private static TempTree DotnetWithTests() =>
        new TempTree()
            .Write("src/App/App.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\" />")
            .Write("tests/App.Tests/App.Tests.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><ItemGroup><PackageReference Include=\"xunit\" Version=\"2.9.3\" /></ItemGroup></Project>");

    private static ScaffoldPlan Plan(TempTree tree) => ScaffoldPlanner.Plan(tree.Root, CiProvider.GitHub, "0.1.0");

    private static PlannedFile File(ScaffoldPlan plan, string path) => Assert.Single(plan.Files, f => f.Path == path);
}
