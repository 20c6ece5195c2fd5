using Rampart.Code.Routes.JavaScript;
using Rampart.Tests.TestSupport;

namespace Rampart.Tests.Code.Routes.JavaScript;

/// <summary>
/// One small app per Express / Next.js / NestJS idiom: the inventory must equal its
/// expected-routes.json and the route findings its <c>expect:</c> markers.
/// </summary>
public sealed class JavaScriptRouteFixtureTests
{
    public static TheoryData<string> Fixtures() =>
        [.. Directory.GetDirectories(Path.Combine(RepoPaths.Fixtures, "Routes", "JavaScript")).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Fixtures))]
    public Task Fixture_inventory_and_findings_match(string fixture) =>
        RouteFixture.AssertFixtureAsync(Path.Combine(RepoPaths.Fixtures, "Routes", "JavaScript", fixture), new JavaScriptRouteExtractor());
}
