using Rampart.Core.Findings;
using Rampart.Core.Suppressions;

namespace Rampart.Tests.Core;

public sealed class InlineSuppressionTests
{
    [Theory]
    [InlineData("var key = Load(); // rampart:ignore RMP-S001 test key, revoked", "RMP-S001", "test key, revoked")]
    [InlineData("# rampart:ignore RMP-P001, RMP-P002 prototype, CI lands next sprint", "RMP-P001 RMP-P002", "prototype, CI lands next sprint")]
    [InlineData("<!-- rampart:ignore RMP-C001 sanitised upstream -->", "RMP-C001", "sanitised upstream")]
    [InlineData("// rampart:ignore RMP-P001 RMP-P002 demo repo", "RMP-P001 RMP-P002", "demo repo")]
    [InlineData("// RAMPART:IGNORE rmp-s001 shouting is fine", "RMP-S001", "shouting is fine")]
    [InlineData("/* rampart:ignore RMP-C001 reviewed by sec team */", "RMP-C001", "reviewed by sec team")]
    public void Parses_rules_and_reason(string line, string rules, string reason)
    {
        var suppression = InlineSuppression.Parse(line);

        Assert.NotNull(suppression);
        Assert.Equal(rules, string.Join(' ', suppression.Rules.Select(r => r.Value)));
        Assert.Equal(reason, suppression.Reason);
    }

    [Fact]
    public void A_line_without_the_marker_has_no_suppression() => Assert.Null(InlineSuppression.Parse("var x = 1; // ignore this"));

    [Fact]
    public void A_marker_without_a_reason_has_an_empty_reason()
    {
        var suppression = InlineSuppression.Parse("x = 1 # rampart:ignore RMP-S001");

        Assert.NotNull(suppression);
        Assert.True(suppression.Covers(RuleId.Parse("RMP-S001")));
        Assert.Equal(string.Empty, suppression.Reason);
    }

    [Fact]
    public void A_longer_id_is_not_read_as_a_shorter_one() => Assert.Empty(InlineSuppression.Parse("// rampart:ignore RMP-P0012 x")!.Rules);

    [Fact]
    public void A_marker_for_another_rule_does_not_cover()
    {
        var suppression = InlineSuppression.Parse("// rampart:ignore RMP-S001 reason");

        Assert.False(suppression!.Covers(RuleId.Parse("RMP-S002")));
    }
}
