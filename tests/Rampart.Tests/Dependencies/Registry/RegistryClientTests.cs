using Rampart.Dependencies.Registry;
using Rampart.Tests.TestSupport;

namespace Rampart.Tests.Dependencies.Registry;

/// <summary>The npm, NuGet and PyPI clients against recorded answers served from 127.0.0.1, with the on-disk cache.</summary>
public sealed class RegistryClientTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 0, 0, 0, TimeSpan.Zero);

    private readonly TempTree _cache = new();
    private readonly HttpClient _client = new();
    private readonly RegistryTestServer _server = new(new()
    {
        ["/left-pad"] = "npm/left-pad.json",
        ["/esbuild"] = "npm/esbuild.json",
        ["/v3/index.json"] = "nuget/index.json",
        ["/v3/registration5-gz-semver2/newtonsoft.json/index.json"] = "nuget/registration/newtonsoft.json/index.json",
        ["/v3/registration5-gz-semver2/newtonsoft.json/page/3.5.8/12.0.3.json"] = "nuget/registration/newtonsoft.json/page/3.5.8/12.0.3.json",
        ["/pypi/requests/json"] = "pypi/requests.json",
    });

    public void Dispose()
    {
        _server.Dispose();
        _client.Dispose();
        _cache.Dispose();
    }

    private RegistryHttp Http(bool offline = false, DateTimeOffset? now = null) => new(_client, _cache.Root, new FixedTime(now ?? Now), offline);

    [Fact]
    public async Task Npm_versions_dates_and_install_scripts_come_from_the_package_document()
    {
        var npm = new NpmRegistry(Http(), _server.BaseUrl);

        var esbuild = await npm.FindAsync("esbuild", CancellationToken.None);
        var leftPad = await npm.FindAsync("left-pad", CancellationToken.None);

        Assert.NotNull(esbuild);
        Assert.Equal("node install.js", esbuild.Versions["0.28.2"].InstallScripts["postinstall"]);
        Assert.Equal(new DateTimeOffset(2026, 8, 8, 20, 36, 4, 544, TimeSpan.Zero), esbuild.Versions["0.28.2"].Published);
        Assert.NotNull(leftPad);
        Assert.Empty(leftPad.Versions["1.3.0"].InstallScripts); // "test" and "bench" do not run on install
        Assert.Equal(new DateTimeOffset(2024, 9, 5, 0, 40, 51, 26, TimeSpan.Zero), leftPad.FirstPublished); // no "created": the earliest version
    }

    [Fact]
    public async Task A_name_the_registry_does_not_know_is_null_and_the_answer_is_cached()
    {
        var npm = new NpmRegistry(Http(), _server.BaseUrl);

        Assert.Null(await npm.FindAsync("express-jwt-guard-pro", CancellationToken.None));
        Assert.Null(await npm.FindAsync("express-jwt-guard-pro", CancellationToken.None));

        Assert.Single(_server.Requests, "/express-jwt-guard-pro");
    }

    [Fact]
    public async Task Scoped_npm_names_keep_their_at_sign_and_encode_the_slash()
    {
        var npm = new NpmRegistry(Http(), _server.BaseUrl);

        await npm.FindAsync("@company-internal/auth-client", CancellationToken.None);

        Assert.Contains("/@company-internal%2Fauth-client", _server.Requests);
    }

    [Fact]
    public async Task NuGet_finds_the_registration_base_in_the_service_index_and_reads_every_page()
    {
        var nuget = new NuGetRegistry(Http(), new Uri(_server.BaseUrl, "v3/index.json"));

        var package = await nuget.FindAsync("newtonsoft.json", CancellationToken.None);

        Assert.NotNull(package);
        Assert.Equal("Newtonsoft.Json", package.Name);
        Assert.Equal(["12.0.3", "13.0.1", "13.0.3", "3.5.8"], package.Versions.Keys.Order(StringComparer.Ordinal));
        Assert.Null(package.Versions["3.5.8"].Published); // unlisted: the 1900-01-01 placeholder
        Assert.Equal(new DateTimeOffset(2019, 11, 9, 1, 27, 30, 723, TimeSpan.Zero), package.FirstPublished);
        Assert.Null(await nuget.FindAsync("Newtonsoft.Jsn", CancellationToken.None));
    }

    [Fact]
    public async Task PyPI_is_asked_for_the_normalised_name_and_dates_a_release_by_its_first_upload()
    {
        var pypi = new PyPIRegistry(Http(), _server.BaseUrl);

        var package = await pypi.FindAsync("Requests", CancellationToken.None);

        Assert.NotNull(package);
        Assert.Equal(new DateTimeOffset(2024, 5, 21, 18, 51, 14, 185, TimeSpan.Zero).AddTicks(2790), package.Versions["2.32.2"].Published);
        Assert.Equal(new DateTimeOffset(2011, 2, 14, 0, 29, 23, TimeSpan.Zero), package.FirstPublished);
        Assert.Null(await pypi.FindAsync("reqeusts", CancellationToken.None));
    }

    [Fact]
    public async Task Offline_mode_answers_from_the_cache_only()
    {
        await new NpmRegistry(Http(), _server.BaseUrl).FindAsync("left-pad", CancellationToken.None);
        var requests = _server.Requests.Count;
        var offline = new NpmRegistry(Http(offline: true, now: Now.AddDays(30)), _server.BaseUrl);

        Assert.NotNull(await offline.FindAsync("left-pad", CancellationToken.None));
        await Assert.ThrowsAsync<RegistryUnavailableException>(() => offline.FindAsync("esbuild", CancellationToken.None));
        Assert.Equal(requests, _server.Requests.Count);
    }

    [Fact]
    public async Task A_stale_cache_entry_is_fetched_again()
    {
        await new NpmRegistry(Http(), _server.BaseUrl).FindAsync("left-pad", CancellationToken.None);
        await new NpmRegistry(Http(now: Now.AddDays(2)), _server.BaseUrl).FindAsync("left-pad", CancellationToken.None);

        Assert.Equal(2, _server.Requests.Count(r => r == "/left-pad"));
    }

    [Fact]
    public async Task A_failing_or_unreachable_registry_is_unavailable_not_absent()
    {
        _server.Failing = true;
        await Assert.ThrowsAsync<RegistryUnavailableException>(() => new NpmRegistry(Http(), _server.BaseUrl).FindAsync("left-pad", CancellationToken.None));

        using var closed = new RegistryTestServer([]);
        var unreachable = closed.BaseUrl;
        closed.Dispose();
        var http = new RegistryHttp(_client, _cache.Root, new FixedTime(Now), offline: false) { Timeout = TimeSpan.FromSeconds(2) };
        await Assert.ThrowsAsync<RegistryUnavailableException>(() => new PyPIRegistry(http, unreachable).FindAsync("requests", CancellationToken.None));
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
