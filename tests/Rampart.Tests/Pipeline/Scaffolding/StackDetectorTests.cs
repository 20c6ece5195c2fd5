using Rampart.Pipeline.Scaffolding;
using Rampart.Tests.TestSupport;

namespace Rampart.Tests.Pipeline.Scaffolding;

public sealed class StackDetectorTests
{
    [Theory]
    [InlineData("package-lock.json", "Npm")]
    [InlineData("yarn.lock", "Yarn")]
    [InlineData("pnpm-lock.yaml", "Pnpm")]
    [InlineData("bun.lock", "Bun")]
    public void The_node_package_manager_follows_the_lockfile(string lockfile, string expected)
    {
        using var tree = new TempTree().Write("app/package.json", "{}").Write($"app/{lockfile}", "x");

        var node = Detect(tree).Node!;

        Assert.Equal((Enum.Parse<NodePackageManager>(expected), "app", $"app/{lockfile}"), (node.PackageManager, node.Directory, node.Lockfile));
    }

    [Fact]
    public void Without_a_lockfile_the_package_manager_field_decides()
    {
        using var tree = new TempTree().Write("package.json", """{ "packageManager": "pnpm@9.15.0", "scripts": { "test": "vitest run", "build": "tsc" } }""");

        var node = Detect(tree).Node!;

        Assert.Equal((NodePackageManager.Pnpm, null, true), (node.PackageManager, node.Lockfile, node.HasTestScript));
        Assert.Equal(["build", "test"], node.Scripts.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Npms_placeholder_is_not_a_test_script()
    {
        using var tree = new TempTree().Write("package.json", """{ "scripts": { "test": "echo \"Error: no test specified\" && exit 1" } }""");

        Assert.False(Detect(tree).Node!.HasTestScript);
    }

    [Theory]
    [InlineData("uv.lock", "Uv")]
    [InlineData("poetry.lock", "Poetry")]
    [InlineData("requirements.txt", "Pip")]
    public void The_python_installer_follows_the_lockfile(string file, string expected)
    {
        using var tree = new TempTree().Write("pyproject.toml", "[project]\nname = 'x'\n").Write(file, "x==1\n");

        Assert.Equal(Enum.Parse<PythonInstaller>(expected), Detect(tree).Python!.Installer);
    }

    [Fact]
    public void Requirements_with_hashes_and_pytest_are_recognised()
    {
        using var tree = new TempTree()
            .Write("requirements.txt", "flask==3.1.0 \\\n    --hash=sha256:d667207822eb83f1c4b50949b1623c8fc8d51f2341d65f72e1a1815397551138\n")
            .Write("requirements-dev.txt", "pytest==8.3.4 --hash=sha256:50e16d954148559c9a74109af1eaf0c945ba2d8f30f0a3d3335edde19788b6f6\n")
            .Write("tests/test_app.py", "def test(): pass\n");

        var python = Detect(tree).Python!;

        Assert.Equal(["requirements.txt", "requirements-dev.txt"], python.RequirementsFiles);
        Assert.Equal((true, true, true), (python.RequirementsHaveHashes, python.DeclaresPytest, python.HasTests));
    }

    [Fact]
    public void Dotnet_projects_solutions_test_projects_and_frameworks()
    {
        using var tree = new TempTree()
            .Write("Shop.sln", "x")
            .Write("src/Shop/Shop.csproj", "<Project Sdk=\"Microsoft.NET.Sdk.Web\"><PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup></Project>")
            .Write("src/Shop/packages.lock.json", "{}")
            .Write("tests/Shop.Tests/Shop.Tests.csproj", "<Project><PropertyGroup><TargetFrameworks>net8.0;net10.0</TargetFrameworks></PropertyGroup><ItemGroup><PackageReference Include=\"xunit\" Version=\"2.9.3\" /></ItemGroup></Project>");

        var dotnet = Detect(tree).Dotnet!;

        Assert.Equal(["Shop.sln"], dotnet.Solutions);
        Assert.Equal(["tests/Shop.Tests/Shop.Tests.csproj"], dotnet.TestProjects);
        Assert.Equal("src/Shop/Shop.csproj", dotnet.AppProject);
        Assert.Equal(["net8.0", "net10.0"], dotnet.TargetFrameworks);
        Assert.Equal(["tests/Shop.Tests/Shop.Tests.csproj"], dotnet.ProjectsWithoutLockfile);
    }

    [Fact]
    public void Vendored_packages_and_an_empty_folder_are_no_stack()
    {
        using var tree = new TempTree().Write("node_modules/left-pad/package.json", "{}").Write("README.md", "notes");

        var stacks = Detect(tree);

        Assert.True(stacks.IsEmpty);
        Assert.Equal("none", stacks.Describe());
    }

    private static DetectedStacks Detect(TempTree tree) => StackDetector.Detect(ProjectTree.Load(tree.Root));
}
