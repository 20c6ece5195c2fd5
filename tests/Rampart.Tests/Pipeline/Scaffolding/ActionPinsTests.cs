using System.Text.RegularExpressions;
using Rampart.Pipeline.Scaffolding;

namespace Rampart.Tests.Pipeline.Scaffolding;

/// <summary>The pin table is the only source of action references in generated workflows.</summary>
public sealed partial class ActionPinsTests
{
    [Fact]
    public void Every_pin_is_a_full_commit_sha_with_a_release_tag()
    {
        Assert.NotEmpty(ActionPins.All);
        Assert.All(ActionPins.All, pin => Assert.Matches(FullSha(), pin.Sha));
        Assert.All(ActionPins.All, pin => Assert.Matches(ReleaseTag(), pin.Version));
        Assert.All(ActionPins.All, pin => Assert.Equal($"{pin.Action}@{pin.Sha} # {pin.Version}", pin.Reference));
    }

    [Fact]
    public void The_table_holds_the_setup_actions_of_every_stack()
    {
        Assert.Equal(
            ["actions/checkout", "actions/setup-dotnet", "actions/setup-node", "actions/setup-python"],
            ActionPins.All.Select(p => p.Action).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_action_without_a_pin_is_an_error_not_a_tag()
    {
        var error = Assert.Throws<InvalidOperationException>(() => ActionPins.For("actions/cache"));

        Assert.Contains("no pin for actions/cache", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_ignores_case_and_returns_null_for_an_action_outside_the_table()
    {
        Assert.Equal(ActionPins.For("actions/checkout"), ActionPins.Find("Actions/Checkout"));
        Assert.Null(ActionPins.Find("actions/cache"));
    }

    [Fact]
    public void A_template_hole_without_a_value_is_an_error()
    {
        var error = Assert.Throws<InvalidOperationException>(() => ScaffoldTemplates.Render("github/ci.yml"));

        Assert.Contains("no value for {{branch}}", error.Message, StringComparison.Ordinal);
    }

    [GeneratedRegex("^[0-9a-f]{40}$")]
    private static partial Regex FullSha();

    [GeneratedRegex(@"^v\d+\.\d+\.\d+$")]
    private static partial Regex ReleaseTag();
}
