using Rampart.Code.Routes;
using Rampart.Code.Routes.Model;
using Rampart.Core.Configuration;
using Rampart.Core.Scanning;
using Rampart.Reporting.Routes;

namespace Rampart.Tests.TestSupport;

/// <summary>
/// Route fixtures: a small app folder with its expected inventory (<c>expected-routes.json</c>, the
/// exact output of <c>rampart routes --format json</c>) kept next to it, and <c>expect:</c> markers
/// for the route findings. Set RAMPART_UPDATE_EXPECTED=1 to rewrite the JSON after reviewing a change.
/// </summary>
internal static class RouteFixture
{
    public const string ExpectedRoutesFile = "expected-routes.json";

    public static async Task<(RouteInventory Inventory, ScanContext Context)> ExtractAsync(string root, params IRouteExtractor[] extractors)
    {
        var configPath = Path.Combine(root, ConfigLoader.DefaultFileName);
        var config = File.Exists(configPath) ? ConfigLoader.Load(configPath) : RampartConfig.Default;
        var source = new WorkingTreeSource(root, new WalkOptions { ExcludePatterns = config.Exclude });
        var files = await source.ListAsync(CancellationToken.None);
        var context = new ScanContext(Path.GetFullPath(root), files, source, config, TimeProvider.System, 2);
        var inventory = await RouteDetector.ExtractAsync(extractors, context, CancellationToken.None);
        return (inventory, context);
    }

    /// <summary>The inventory must equal the checked-in JSON byte for byte; findings must match the markers.</summary>
    public static async Task AssertFixtureAsync(string root, params IRouteExtractor[] extractors)
    {
        var (inventory, context) = await ExtractAsync(root, extractors);
        Assert.True(context.Warnings.ToList().Count == 0, $"fixture {Path.GetFileName(root)} warned: {string.Join("; ", context.Warnings.ToList().Select(w => w.Message))}");
        var actual = RouteJsonWriter.Write(inventory.Routes);
        var expectedPath = Path.Combine(root, ExpectedRoutesFile);
        if (Environment.GetEnvironmentVariable("RAMPART_UPDATE_EXPECTED") == "1")
        {
            File.WriteAllText(expectedPath, actual);
        }

        Assert.True(File.Exists(expectedPath), $"{expectedPath} is missing (run with RAMPART_UPDATE_EXPECTED=1 and review it)");
        Assert.Equal(File.ReadAllText(expectedPath), actual);
        await FixtureScan.AssertMatchesMarkersAsync(root, new RouteDetector(extractors));
    }
}
