using System.Text.Json;
using Rampart.Core.Findings;

namespace Rampart.Tests.Core;

public sealed class FindingModelTests
{
    private const string Canary = "sk-canary-4f9c2e7a1b3d5f7091a2c4e6b8d0f1a3c5e7";

    [Fact]
    public void A_redacted_secret_keeps_a_preview_length_and_hash_but_not_the_value()
    {
        var secret = RedactedSecret.From(Canary);

        Assert.Equal($"sk-c…({Canary.Length} chars)", secret.Preview);
        Assert.Equal(Canary.Length, secret.Length);
        Assert.Equal(64, secret.Sha256.Length);
        Assert.DoesNotContain(Canary, secret.ToString());
        Assert.DoesNotContain(Canary, JsonSerializer.Serialize(secret));
        Assert.DoesNotContain(Canary, new SecretEvidence(secret, "test").ToString());
    }

    [Fact]
    public void A_short_secret_shows_at_most_a_quarter_of_itself()
    {
        Assert.Equal("ab…(8 chars)", RedactedSecret.From("abcdefgh").Preview);
        Assert.Equal("…(3 chars)", RedactedSecret.From("abc").Preview);
    }

    [Fact]
    public void The_same_secret_hashes_the_same_and_a_different_one_differently()
    {
        Assert.Equal(RedactedSecret.From(Canary).Sha256, RedactedSecret.From(Canary).Sha256);
        Assert.NotEqual(RedactedSecret.From(Canary).Sha256, RedactedSecret.From(Canary + "x").Sha256);
    }

    [Fact]
    public void Fingerprints_ignore_whitespace_and_lines_but_not_rule_path_or_content()
    {
        var rule = RuleId.Parse("RMP-C001");
        var baseline = Fingerprint.Create(rule, "src/a.cs", "db.Query($\"SELECT {x}\")");

        Assert.Equal(baseline, Fingerprint.Create(rule, "src/a.cs", "  db.Query($\"SELECT {x}\")\n"));
        Assert.NotEqual(baseline, Fingerprint.Create(RuleId.Parse("RMP-C002"), "src/a.cs", "db.Query($\"SELECT {x}\")"));
        Assert.NotEqual(baseline, Fingerprint.Create(rule, "src/b.cs", "db.Query($\"SELECT {x}\")"));
        Assert.NotEqual(baseline, Fingerprint.Create(rule, "src/a.cs", "db.Query($\"SELECT {y}\")"));
    }

    [Theory]
    [InlineData("RMP-S001", true, DetectorFamily.Secrets)]
    [InlineData("rmp-d042", true, DetectorFamily.Dependencies)]
    [InlineData("RMP-C100", true, DetectorFamily.Code)]
    [InlineData("RMP-P001", true, DetectorFamily.Pipeline)]
    [InlineData("RMP-X001", false, DetectorFamily.Secrets)]
    [InlineData("RMP-S01", false, DetectorFamily.Secrets)]
    [InlineData("S001", false, DetectorFamily.Secrets)]
    public void Rule_ids_have_a_family_letter_and_three_digits(string text, bool valid, DetectorFamily family)
    {
        Assert.Equal(valid, RuleId.TryParse(text, out var id));
        if (valid)
        {
            Assert.Equal(family, id.Family);
            Assert.Equal(text.ToUpperInvariant(), id.Value);
        }
    }

    [Theory]
    [InlineData("critical", true, Severity.Critical)]
    [InlineData("HIGH", true, Severity.High)]
    [InlineData("3", false, Severity.Info)]
    [InlineData("severe", false, Severity.Info)]
    public void Severity_names_parse_as_words_only(string text, bool valid, Severity expected)
    {
        Assert.Equal(valid, SeverityNames.TryParseSeverity(text, out var severity));
        Assert.Equal(expected, valid ? severity : Severity.Info);
    }
}
