namespace Rampart.Tests.Dependencies.Extractors.PyPI;

/// <summary>
/// Each folder under Fixtures/Dependencies/PyPI is a project whose files were written by hand in
/// the documented formats (pip, Poetry, Pipenv and uv are not on this machine); its whole inventory must match.
/// </summary>
public sealed class PyPIFixtureTests
{
    public static TheoryData<string> Cases => ExtractorFixture.Cases("PyPI");

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Inventory_matches_expected(string fixture) =>
        ExtractorFixture.AssertMatchesAsync("PyPI", fixture, PyPIExtractors.All);
}
