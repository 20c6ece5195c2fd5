using Rampart.Pipeline;
using Rampart.Pipeline.Ci;

namespace Rampart.Tests.Pipeline.Ci;

/// <summary>The pieces the GitLab and Azure audits share, each with true and false samples.</summary>
public sealed class CiVocabularyTests
{
    [Theory]
    [InlineData("node", "has no tag")]
    [InlineData("node:latest", "uses :latest")]
    [InlineData("registry.example.com:5000/team/app", "has no tag")]
    [InlineData("${CI_DEPENDENCY_PROXY_GROUP_IMAGE_PREFIX}/node:latest", "uses :latest")]
    [InlineData("$CI_REGISTRY_IMAGE/builder", "has no tag")]
    [InlineData("node:22.11", null)]
    [InlineData("node@sha256:4f53cda18c2baa0c0354bb5f9a3ecbe5ed12ab4d8e11ba873c2f11161202b945", null)]
    [InlineData("registry.example.com:5000/team/app:1.4", null)]
    [InlineData("$BUILD_IMAGE", null)]
    [InlineData("node:$NODE_VERSION", null)]
    [InlineData("$(containerImage)", null)]
    [InlineData("${{ parameters.image }}", null)]
    public void Image_references_that_can_move(string reference, string? problem) => Assert.Equal(problem, UnpinnedImage.Problem(reference));

    [Theory]
    [InlineData("iwr -useb https://get.example.com | iex")]
    [InlineData("Invoke-WebRequest https://x.dev/i.ps1 -UseBasicParsing | Invoke-Expression")]
    [InlineData("iex (irm https://x.dev/i.ps1)")]
    [InlineData("iex ((New-Object System.Net.WebClient).DownloadString('https://x.dev/i.ps1'))")]
    [InlineData("(New-Object Net.WebClient).DownloadString('https://x.dev/i.ps1') | iex")]
    [InlineData("curl -fsSL https://x.dev/i.sh | sh")]
    public void Downloads_run_unseen_in_any_shell(string script) => Assert.Single(PipedDownload.InAnyShell(script));

    [Theory]
    [InlineData("iwr https://x.dev/tool.zip -OutFile tool.zip")]
    [InlineData("Invoke-RestMethod https://api.example.com/health | ConvertTo-Json")]
    [InlineData("curl -s https://api.example.com/health | jq .status")]
    public void Downloads_kept_as_data_are_not_run(string script) => Assert.Empty(PipedDownload.InAnyShell(script));

    [Theory]
    [InlineData("ci/a.yml", "ci/a.yml")]
    [InlineData("/ci/a.yml", "ci/a.yml")]
    [InlineData("templates/../ci/./a.yml", "ci/a.yml")]
    [InlineData("ci/*.yml", "ci/a.yml ci/b.yml")]
    [InlineData("ci/**.yml", "ci/a.yml ci/b.yml ci/nested/c.yml")]
    [InlineData("../outside.yml", "")]
    public void Links_resolve_to_repository_paths(string link, string expected)
    {
        string[] paths = ["ci/a.yml", "ci/b.yml", "ci/nested/c.yml", "ci/readme.md"];

        Assert.Equal(expected, string.Join(' ', LinkedCiFiles.Resolve(link, paths)));
    }
}
