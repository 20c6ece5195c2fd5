using Rampart.Core.Configuration;
using Rampart.Core.Findings;
using Rampart.Core.Scanning;
using Rampart.Dependencies;
using Rampart.Dependencies.Registry;
using Rampart.Tests.TestSupport;

namespace Rampart.Tests.Dependencies.Registry;

/// <summary>RMP-D008 against real registration answers and real .nupkg files served from 127.0.0.1.</summary>
public sealed class NuGetBuildAssetsTests : IDisposable
{
    private readonly TempTree _cache = new();
    private readonly HttpClient _client = new();
    private readonly RegistryTestServer _server = new(new()
    {
        ["/v3/index.json"] = "nuget/index.json",
        ["/v3/registration5-gz-semver2/microsoft.sourcelink.common/index.json"] = "nuget/registration/microsoft.sourcelink.common/index.json",
        ["/v3/registration5-gz-semver2/microsoft.bcl.hashcode/index.json"] = "nuget/registration/microsoft.bcl.hashcode/index.json",
        ["/v3-flatcontainer/microsoft.sourcelink.common/8.0.0/microsoft.sourcelink.common.8.0.0.nupkg"] = "nuget/flatcontainer/microsoft.sourcelink.common.8.0.0.nupkg",
        ["/v3-flatcontainer/microsoft.bcl.hashcode/1.1.1/microsoft.bcl.hashcode.1.1.1.nupkg"] = "nuget/flatcontainer/microsoft.bcl.hashcode.1.1.1.nupkg",
    });

    public void Dispose()
    {
        _server.Dispose();
        _client.Dispose();
        _cache.Dispose();
    }

    private static TempTree Project() => new TempTree()
        .Write("App/App.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <ItemGroup>
                <PackageReference Include="Microsoft.SourceLink.Common" Version="8.0.0" />
                <PackageReference Include="Microsoft.Bcl.HashCode" Version="1.1.1" />
              </ItemGroup>
            </Project>
            """)
        .Write("App/packages.lock.json", """
            {
              "version": 1,
              "dependencies": {
                "net8.0": {
                  "Microsoft.Bcl.HashCode": { "type": "Direct", "requested": "[1.1.1, )", "resolved": "1.1.1", "contentHash": "x" },
                  "Microsoft.SourceLink.Common": { "type": "Direct", "requested": "[8.0.0, )", "resolved": "8.0.0", "contentHash": "y" }
                }
              }
            }
            """);

    private DependenciesDetector Detector(bool offline) =>
        new(_cache.PathOf("advisories.db"), new RegistryChecks([new NuGetRegistry(new RegistryHttp(_client, _cache.PathOf("registry-cache"), TimeProvider.System, offline), new Uri(_server.BaseUrl, "v3/index.json"))]));

    private static Task<Rampart.Core.Reports.ScanReport> ScanAsync(string root, DependenciesDetector detector) =>
        new ScanEngine([detector], TimeProvider.System, "0.0.0-test").ScanAsync(new ScanRequest(root, RampartConfig.Default) { IncludeHistory = false }, progress: null, CancellationToken.None);

    [Fact]
    public async Task A_package_with_build_targets_is_reported_and_one_without_is_not()
    {
        using var tree = Project();

        var report = await ScanAsync(tree.Root, Detector(offline: false));

        var finding = Assert.Single(report.Findings, f => f.RuleId.Value == "RMP-D008");
        Assert.Equal(Severity.Low, finding.Severity);
        Assert.Equal("Microsoft.SourceLink.Common", ((DependencyEvidence)finding.Evidence!).Package);
        Assert.Equal(
            "Microsoft.SourceLink.Common 8.0.0 adds its own MSBuild code to every build (build/InitializeSourceControlInformation.targets, build/Microsoft.SourceLink.Common.props, build/Microsoft.SourceLink.Common.targets, buildMultiTargeting/Microsoft.SourceLink.Common.props and 1 more)",
            finding.Message);
        Assert.DoesNotContain(report.Findings, f => f.Message.Contains("HashCode", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_downloaded_package_is_read_from_the_cache_afterwards_even_offline()
    {
        using var tree = Project();
        await ScanAsync(tree.Root, Detector(offline: false));
        var downloads = _server.Requests.Count(r => r.EndsWith(".nupkg", StringComparison.Ordinal));

        var again = await ScanAsync(tree.Root, Detector(offline: true));

        Assert.Equal(2, downloads);
        Assert.Equal(downloads, _server.Requests.Count(r => r.EndsWith(".nupkg", StringComparison.Ordinal)));
        Assert.Single(again.Findings, f => f.RuleId.Value == "RMP-D008");
    }

    [Fact]
    public async Task A_package_file_that_cannot_be_fetched_is_a_warning_not_a_failure()
    {
        using var tree = Project();
        _server.FailPaths.Add("/v3-flatcontainer/microsoft.sourcelink.common/8.0.0/microsoft.sourcelink.common.8.0.0.nupkg");

        var report = await ScanAsync(tree.Root, Detector(offline: false));

        Assert.DoesNotContain(report.Findings, f => f.RuleId.Value == "RMP-D008");
        Assert.Contains(report.Warnings, w => w.Message.StartsWith("Microsoft.SourceLink.Common 8.0.0: package contents not checked:", StringComparison.Ordinal));
    }
}
