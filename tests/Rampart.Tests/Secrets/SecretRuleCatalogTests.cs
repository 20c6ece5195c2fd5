using System.Text.RegularExpressions;
using Rampart.Secrets;
using Rampart.Secrets.Catalog;
using Rampart.Secrets.Matching;
using Rampart.Tests.TestSupport;

namespace Rampart.Tests.Secrets;

/// <summary>
/// The one test over the whole secret rule catalog: every example is found by its rule and every
/// counterexample is not; ids and names are unique; each rule's docs page is current.
/// </summary>
public sealed class SecretRuleCatalogTests
{
    private static readonly IReadOnlyList<SecretRule> Rules = SecretsDetector.LoadedRules;
    private static readonly SecretMatcher Matcher = new([.. Rules]);

    public static TheoryData<string> RuleIds() => [.. Rules.Select(r => r.Rule.Id.Value)];

    private static SecretRule Rule(string id) => Rules.Single(r => r.Rule.Id.Value == id);

    [Fact]
    public void The_catalog_has_at_least_250_rules_with_unique_ids_and_names()
    {
        var all = new SecretsDetector().Rules;

        Assert.True(all.Count >= 250, $"only {all.Count} secret rules");
        Assert.Equal(all.Count, all.Select(r => r.Id).Distinct().Count());
        Assert.Equal(all.Count, all.Select(r => r.Name).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Examples_match_and_counterexamples_do_not(string id)
    {
        var rule = Rule(id);
        Assert.True(rule.Examples.Count >= 2, $"{id} needs at least two examples");
        Assert.True(rule.Counterexamples.Count >= 2, $"{id} needs at least two counterexamples");
        foreach (var example in rule.Examples)
        {
            var found = Matcher.Find(rule.ExamplePath, example).Where(m => m.Rule == rule).ToList();
            Assert.True(found.Count > 0, $"{id} does not find its example: {example}");
        }

        foreach (var counterexample in rule.Counterexamples)
        {
            Assert.False(Matcher.Find(rule.ExamplePath, counterexample).Any(m => m.Rule == rule), $"{id} reports its counterexample: {counterexample}");
        }
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Patterns_stay_linear_time_compatible_and_agree_with_the_nonbacktracking_engine(string id)
    {
        // Rules avoid lookarounds and backreferences so they could run on NonBacktracking; where the
        // pattern's automaton fits, both engines must extract the same secret from each example.
        var rule = Rule(id);
        Regex linear;
        try
        {
            linear = new Regex(rule.Pattern.ToString(), RegexOptions.NonBacktracking | RegexOptions.CultureInvariant | RegexOptions.Multiline);
        }
        catch (NotSupportedException e) when (e.Message.Contains("automata", StringComparison.Ordinal))
        {
            return;
        }

        foreach (var example in rule.Examples)
        {
            Assert.Equal(rule.Pattern.Match(example).Groups[rule.SecretGroup].Value, linear.Match(example).Groups[rule.SecretGroup].Value);
        }
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Each_rule_docs_page_is_generated_from_its_data(string id)
    {
        var rule = Rule(id);
        var path = RepoPaths.InRepo($"docs/rules/{id}.md");
        var expected = SecretRuleDocs.Render(rule);
        if (Environment.GetEnvironmentVariable("RAMPART_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, expected);
        }

        Assert.True(File.Exists(path), $"{path} is missing: run RAMPART_UPDATE_DOCS=1 dotnet test --filter SecretRuleCatalogTests");
        Assert.True(expected == File.ReadAllText(path), $"{path} is out of date: run RAMPART_UPDATE_DOCS=1 dotnet test --filter SecretRuleCatalogTests");
    }
}
