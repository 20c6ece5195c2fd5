using Rampart.Code.Routes.AspNetCore;
using Rampart.Tests.TestSupport;

namespace Rampart.Tests.Code.Routes.AspNetCore;

/// <summary>
/// One small ASP.NET Core project per idiom: its inventory must equal the checked-in
/// expected-routes.json exactly, and its route findings must match the expect: markers.
/// </summary>
public sealed class AspNetCoreRouteFixtureTests
{
    public static TheoryData<string> Fixtures() => [.. Directory.GetDirectories(Root).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    private static string Root => Path.Combine(RepoPaths.Fixtures, "Routes", "AspNetCore");

    [Theory]
    [MemberData(nameof(Fixtures))]
    public Task Inventory_and_findings_match_the_fixture(string fixture) =>
        RouteFixture.AssertFixtureAsync(Path.Combine(Root, fixture), new AspNetCoreRouteExtractor());
}
