using Rampart.Core.Configuration;
using Rampart.Core.Findings;

namespace Rampart.Tests.Core;

public sealed class ConfigLoaderTests
{
    [Fact]
    public void Reads_every_setting()
    {
        const string yaml = """
            fail-on: medium
            max-file-size: 2MiB
            exclude:
              - vendor/
              - "*.min.js"
            rules:
              RMP-P002:
                enabled: false
              RMP-P001:
                severity: critical
            suppressions:
              - rule: RMP-S001
                path: tests/fixtures/**
                reason: fake keys used by tests
                expires: 2027-03-01
            """;

        var config = ConfigLoader.Parse(yaml, ".rampart.yml");

        Assert.Equal(Severity.Medium, config.FailOn);
        Assert.Equal(2 * 1024 * 1024, config.MaxFileSize);
        Assert.Equal(["vendor/", "*.min.js"], config.Exclude);
        Assert.False(config.OverrideFor(RuleId.Parse("RMP-P002"))!.Enabled);
        Assert.Equal(Severity.Critical, config.OverrideFor(RuleId.Parse("RMP-P001"))!.Severity);
        var suppression = Assert.Single(config.Suppressions);
        Assert.Equal(("RMP-S001", "fake keys used by tests", new DateOnly(2027, 3, 1)), (suppression.Rule.Value, suppression.Reason, suppression.Expires!.Value));
        Assert.True(suppression.Path.Matches("tests/fixtures/app/.env"));
        Assert.False(suppression.Path.Matches("src/.env"));
        Assert.Equal(12, suppression.Line);
    }

    [Fact]
    public void Reads_the_projects_own_route_auth_names()
    {
        const string yaml = """
            routes:
              auth: [requireAdmin, get_current_admin]
              optional-auth: [attachUser]
              public: [PublicEndpoint]
            """;

        var routes = ConfigLoader.Parse(yaml, ".rampart.yml").Routes;

        Assert.Equal(["requireAdmin", "get_current_admin"], routes.Auth);
        Assert.Equal(["attachUser"], routes.OptionalAuth);
        Assert.Equal(["PublicEndpoint"], routes.Public);
        Assert.Empty(RampartConfig.Default.Routes.Auth);
    }

    [Theory]
    [InlineData("fail-on: high\ncolour: red\n", "cfg.yml:2:1: unknown key 'colour'")]
    [InlineData("fail-on: severe\n", "cfg.yml:1:10: 'severe' is not a severity")]
    [InlineData("rules:\n  RMP-X1:\n    enabled: false\n", "cfg.yml:2:3: 'RMP-X1' is not a rule id")]
    [InlineData("rules:\n  RMP-P001:\n    enabled: maybe\n", "cfg.yml:3:14: 'maybe' is not true or false")]
    [InlineData("suppressions:\n  - rule: RMP-P001\n    expires: tomorrow\n    reason: x\n", "cfg.yml:3:14: 'tomorrow' is not a date")]
    [InlineData("suppressions:\n  - rule: RMP-P001\n", "cfg.yml:2:5: a suppression needs 'rule' and a non-empty 'reason'")]
    [InlineData("exclude: vendor\n", "cfg.yml:1:10: 'exclude' must be a list")]
    [InlineData("max-file-size: huge\n", "cfg.yml:1:16: 'huge' is not a size")]
    [InlineData("fail-on: [high\n", "cfg.yml:")]
    [InlineData("- just\n- a list\n", "cfg.yml:1:1: the configuration must be a mapping")]
    [InlineData("routes:\n  guards: [x]\n", "cfg.yml:2:3: unknown key 'guards'")]
    [InlineData("routes:\n  auth: requireAdmin\n", "cfg.yml:2:9: 'routes.auth' must be a list")]
    public void Bad_input_names_file_line_and_problem(string yaml, string expectedStart)
    {
        var error = Assert.Throws<ConfigException>(() => ConfigLoader.Parse(yaml, "cfg.yml"));

        Assert.StartsWith(expectedStart, error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void An_empty_file_is_the_default_configuration()
    {
        var config = ConfigLoader.Parse("# nothing yet\n", "cfg.yml");

        Assert.Null(config.FailOn);
        Assert.Empty(config.Rules);
    }

    [Fact]
    public void Expiry_is_inclusive_of_the_day_itself()
    {
        var suppression = ConfigLoader.Parse("suppressions:\n  - rule: RMP-P001\n    reason: r\n    expires: 2026-05-01\n", "c").Suppressions[0];

        Assert.False(suppression.IsExpired(new DateOnly(2026, 5, 1)));
        Assert.True(suppression.IsExpired(new DateOnly(2026, 5, 2)));
    }
}
