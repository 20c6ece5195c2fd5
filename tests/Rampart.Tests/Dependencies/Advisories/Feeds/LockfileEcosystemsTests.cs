using Rampart.Dependencies.Advisories.Feeds;
using Rampart.Dependencies.Inventory;
using Rampart.Tests.TestSupport;

namespace Rampart.Tests.Dependencies.Advisories.Feeds;

/// <summary>Which feeds <c>db update</c> downloads by default: the ecosystems whose lockfiles or manifests are present.</summary>
public sealed class LockfileEcosystemsTests
{
    [Fact]
    public void Finds_the_ecosystems_of_the_files_the_extractors_claim()
    {
        using var tree = new TempTree()
            .Write("web/package-lock.json", "{}")
            .Write("api/Api.csproj", "<Project />")
            .Write("README.md", "# app\n");

        Assert.Equal([Ecosystem.Npm, Ecosystem.NuGet], LockfileEcosystems.In(tree.Root));
    }

    [Fact]
    public void Ignores_installed_dependencies_and_build_output()
    {
        using var tree = new TempTree()
            .Write("node_modules/left-pad/package.json", "{}")
            .Write(".venv/lib/site-packages/x/pyproject.toml", "")
            .Write("requirements.txt", "requests==2.31.0\n");

        Assert.Equal([Ecosystem.PyPI], LockfileEcosystems.In(tree.Root));
    }

    [Fact]
    public void A_folder_without_lockfiles_has_no_ecosystems()
    {
        using var tree = new TempTree().Write("main.c", "int main(void) { return 0; }\n");

        Assert.Empty(LockfileEcosystems.In(tree.Root));
    }
}
