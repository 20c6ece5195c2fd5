using Rampart.Core.Configuration;
using Rampart.Core.Findings;
using Rampart.Core.Reports;
using Rampart.Core.Scanning;
using Rampart.Dependencies;
using Rampart.Dependencies.Registry;
using Rampart.Tests.TestSupport;

namespace Rampart.Tests.Dependencies.Registry;

/// <summary>RMP-D005..D007 through the dependencies detector, its npm registry served from 127.0.0.1.</summary>
public sealed class RegistryFindingsTests : IDisposable
{
    private readonly TempTree _cache = new();
    private readonly HttpClient _client = new();
    private readonly RegistryTestServer _server = new(new()
    {
        ["/left-pad"] = "npm/left-pad.json",
        ["/esbuild"] = "npm/esbuild.json",
    });

    public void Dispose()
    {
        _server.Dispose();
        _client.Dispose();
        _cache.Dispose();
    }

    private static TempTree Project() => new TempTree()
        .Write("package.json", """
            {
              "name": "x",
              "dependencies": {
                "left-pad": "1.3.0",
                "esbuild": "0.28.2",
                "express-jwt-guard-pro": "^1.3.2"
              }
            }
            """)
        .Write("package-lock.json", """
            {
              "name": "x",
              "lockfileVersion": 3,
              "requires": true,
              "packages": {
                "": { "name": "x", "dependencies": { "left-pad": "1.3.0", "esbuild": "0.28.2", "express-jwt-guard-pro": "^1.3.2" } },
                "node_modules/left-pad": { "version": "1.3.0", "resolved": "https://registry.npmjs.org/left-pad/-/left-pad-1.3.0.tgz" },
                "node_modules/esbuild": { "version": "0.28.2", "resolved": "https://registry.npmjs.org/esbuild/-/esbuild-0.28.2.tgz", "hasInstallScript": true },
                "node_modules/express-jwt-guard-pro": { "version": "1.3.2", "resolved": "https://registry.npmjs.org/express-jwt-guard-pro/-/express-jwt-guard-pro-1.3.2.tgz" }
              }
            }
            """);

    /// <summary>A scan whose clock reads <paramref name="now"/>, so registry dates are compared with it.</summary>
    private static Task<ScanReport> ScanAsync(string root, DependenciesDetector detector, DateTimeOffset now) =>
        new ScanEngine([detector], new FixedTime(now), "0.0.0-test").ScanAsync(new ScanRequest(root, RampartConfig.Default) { IncludeHistory = false }, progress: null, CancellationToken.None);

    private DependenciesDetector Detector(DateTimeOffset now, bool offline = false) =>
        new(_cache.PathOf("advisories.db"), new RegistryChecks([new NpmRegistry(new RegistryHttp(_client, _cache.PathOf("registry-cache"), new FixedTime(now), offline), _server.BaseUrl)]));

    [Fact]
    public async Task Missing_names_new_versions_and_install_scripts_are_reported_at_the_manifest()
    {
        using var tree = Project();

        var now = new DateTimeOffset(2024, 9, 16, 0, 0, 0, TimeSpan.Zero);
        var report = await ScanAsync(tree.Root, Detector(now), now);
        var found = report.Findings.Select(f => $"{f.RuleId} {f.Severity.ToName()} {f.Location} {((DependencyEvidence)f.Evidence!).Package}").Order(StringComparer.Ordinal).ToList();

        // At the scan date, left-pad's first version (1.3.0, 2024-09-05) is 11 days old; esbuild's
        // recorded dates are later than the scan, so it is not "new", but it has a postinstall.
        Assert.Equal(
            [
                "RMP-D005 critical package.json:6 express-jwt-guard-pro",
                "RMP-D006 medium package.json:4 left-pad",
                "RMP-D007 medium package.json:5 esbuild",
            ],
            found);
        Assert.Contains(report.Findings, f => f.Message == "esbuild 0.28.2 runs code when installed (postinstall: node install.js)");
        Assert.Contains(report.Findings, f => f.Message.StartsWith("express-jwt-guard-pro was not found in the configured npm registry", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Old_packages_are_not_new()
    {
        using var tree = Project();

        var now = new DateTimeOffset(2027, 6, 1, 0, 0, 0, TimeSpan.Zero);
        var report = await ScanAsync(tree.Root, Detector(now), now);

        Assert.DoesNotContain(report.Findings, f => f.RuleId == DependencyRules.RecentlyPublishedPackage.Id);
    }

    [Fact]
    public async Task Offline_without_a_cached_answer_skips_the_checks_with_a_warning()
    {
        using var tree = Project();

        var report = await FixtureScan.ScanAsync(tree.Root, Detector(DateTimeOffset.UtcNow, offline: true));

        Assert.DoesNotContain(report.Findings, f => f.RuleId == DependencyRules.PackageNotFoundInRegistry.Id);
        Assert.Contains(report.Warnings, w => w.Message.StartsWith("npm registry checks skipped: offline", StringComparison.Ordinal));
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task Packages_from_a_private_registry_are_not_asked_about()
    {
        using var tree = new TempTree()
            .Write("package.json", "{ \"name\": \"x\", \"dependencies\": { \"@acme/auth-client\": \"^2.0.1\" } }")
            .Write(".npmrc", "@acme:registry=https://npm.acme.example/\n");

        var now = new DateTimeOffset(2026, 11, 30, 0, 0, 0, TimeSpan.Zero);
        var report = await ScanAsync(tree.Root, Detector(now), now);

        Assert.Empty(report.Findings);
        Assert.Empty(_server.Requests);
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
