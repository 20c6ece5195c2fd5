namespace Rampart.Tests.Dependencies.Extractors.NuGet;

/// <summary>
/// Each folder under Fixtures/Dependencies/NuGet is a project restored with the real dotnet tool
/// (or, for packages.config, written in its documented shape); its whole inventory must match.
/// </summary>
public sealed class NuGetFixtureTests
{
    public static TheoryData<string> Cases => ExtractorFixture.Cases("NuGet");

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Inventory_matches_expected(string fixture) =>
        ExtractorFixture.AssertMatchesAsync("NuGet", fixture, NuGetExtractors.All);
}
