using Rampart.Code.Routes.Python;
using Rampart.Tests.TestSupport;

namespace Rampart.Tests.Code.Routes.Python;

/// <summary>
/// One small app per Python idiom: the inventory must equal the checked-in expected-routes.json
/// and the route findings must equal the fixture's <c>expect:</c> markers.
/// </summary>
public sealed class PythonRouteFixtureTests
{
    public static TheoryData<string> Fixtures() =>
    [
        .. Directory.EnumerateDirectories(Path.Combine(RepoPaths.Fixtures, "Routes", "Python")).Select(Path.GetFileName).Order(StringComparer.Ordinal).OfType<string>(),
    ];

    [Theory]
    [MemberData(nameof(Fixtures))]
    public Task Fixture_inventory_and_findings_match(string fixture) =>
        RouteFixture.AssertFixtureAsync(Path.Combine(RepoPaths.Fixtures, "Routes", "Python", fixture), new PythonRouteExtractor());
}
