using Rampart.Core.Findings;
using Rampart.Dependencies.Inventory;
using Rampart.Dependencies.Registry;

namespace Rampart.Tests.Dependencies.Registry;

public sealed class DependencyConfusionShapeTests
{
    private static Package Npm(string name, string? version, string? range = null) =>
        new(Ecosystem.Npm, name, version) { DeclaredRange = range, Location = new SourceLocation("package.json", 1) };

    [Theory]
    [InlineData("99.0.0", null)]
    [InlineData("9999.1.0", null)]
    [InlineData("999.9.9", null)]
    [InlineData(null, "^99.9.9")]
    [InlineData(null, ">=9000.0.0")]
    [InlineData(null, "[99.0.0, )")]
    public void An_inflated_version_has_the_shape(string? version, string? range) =>
        Assert.NotNull(DependencyConfusionShape.InflatedVersion(Npm("acme-auth", version, range)));

    [Theory]
    [InlineData("4.17.21", null)]
    [InlineData("2024.8.30", null)] // calendar versions (certifi, tzdata)
    [InlineData("20240101.1", null)]
    [InlineData("131.0.1", null)] // chromedriver follows Chrome's major
    [InlineData("9.0.2", null)]
    [InlineData(null, "^16.4.7")]
    [InlineData(null, "*")]
    public void An_ordinary_version_has_not(string? version, string? range) =>
        Assert.Null(DependencyConfusionShape.InflatedVersion(Npm("acme-auth", version, range)));

    [Theory]
    [InlineData(Ecosystem.Npm, "@company-internal/auth")]
    [InlineData(Ecosystem.Npm, "billing-internal")]
    [InlineData(Ecosystem.Npm, "@acme/payments-internal-client")]
    [InlineData(Ecosystem.Npm, "corp-logger")]
    [InlineData(Ecosystem.PyPI, "acme_internal_utils")]
    [InlineData(Ecosystem.NuGet, "Contoso.Internal.Billing")]
    [InlineData(Ecosystem.NuGet, "Corp.Shared")]
    public void Internal_looking_names(Ecosystem ecosystem, string name) =>
        Assert.True(DependencyConfusionShape.LooksInternal(ecosystem, name));

    [Theory]
    [InlineData(Ecosystem.Npm, "internal-slot")] // a real, popular public package
    [InlineData(Ecosystem.Npm, "internal-ip")]
    [InlineData(Ecosystem.Npm, "corporate-logo")]
    [InlineData(Ecosystem.Npm, "lodash")]
    [InlineData(Ecosystem.NuGet, "Microsoft.Extensions.Logging")]
    public void Public_looking_names(Ecosystem ecosystem, string name) =>
        Assert.False(DependencyConfusionShape.LooksInternal(ecosystem, name));
}
