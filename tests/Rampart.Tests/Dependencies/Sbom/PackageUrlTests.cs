using Rampart.Dependencies.Inventory;
using Rampart.Dependencies.Sbom;

namespace Rampart.Tests.Dependencies.Sbom;

public sealed class PackageUrlTests
{
    [Theory]
    [InlineData(Ecosystem.Npm, "@types/node", "20.1.0", "pkg:npm/%40types/node@20.1.0")]
    [InlineData(Ecosystem.Npm, "lodash", "4.17.21", "pkg:npm/lodash@4.17.21")]
    [InlineData(Ecosystem.Npm, "left-pad", null, "pkg:npm/left-pad")]
    [InlineData(Ecosystem.NuGet, "Newtonsoft.Json", "13.0.1", "pkg:nuget/Newtonsoft.Json@13.0.1")]
    [InlineData(Ecosystem.NuGet, "Foo", "1.0.0+build.5", "pkg:nuget/Foo@1.0.0%2Bbuild.5")]
    [InlineData(Ecosystem.PyPI, "Django_REST.framework", "3.15.1", "pkg:pypi/django-rest-framework@3.15.1")]
    [InlineData(Ecosystem.PyPI, "torch", "2.1.0+cpu", "pkg:pypi/torch@2.1.0%2Bcpu")]
    public void Purls_follow_the_spec(Ecosystem ecosystem, string name, string? version, string expected) =>
        Assert.Equal(expected, PackageUrl.For(ecosystem, name, version));
}
