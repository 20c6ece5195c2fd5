using System.Text.RegularExpressions;
using Rampart.Core.Findings;
using Rampart.Core.Rules;
using Rampart.Tests.TestSupport;

namespace Rampart.Tests.Docs;

/// <summary>Every rule has a unique id, a kebab-case name and a docs page with the fixed headings.</summary>
public sealed partial class RuleCatalogTests
{
    private static readonly string[] RequiredHeadings =
        ["## What it does", "## Why it is bad", "## Example", "## How to fix", "## Severity and confidence", "## Options"];

    private static RuleCatalog Catalog() => new Rampart.Core.Scanning.ScanEngine(Rampart.Cli.BuiltInDetectors.Create(Path.GetTempPath()), TimeProvider.System, "test").Catalog;

    public static TheoryData<string> RuleIds() => [.. Catalog().All.Select(r => r.Id.Value)];

    [Fact]
    public void Rule_ids_are_unique_and_names_are_kebab_case()
    {
        var rules = Rampart.Cli.BuiltInDetectors.Create(Path.GetTempPath()).SelectMany(d => d.Rules).ToList();

        Assert.Equal(rules.Count, rules.Select(r => r.Id).Distinct().Count());
        Assert.Equal(rules.Count, rules.Select(r => r.Name).Distinct().Count());
        Assert.All(rules, r => Assert.Matches(KebabCase(), r.Name));
        Assert.All(rules, r => Assert.False(string.IsNullOrWhiteSpace(r.Remediation), $"{r.Id} has no remediation"));
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Each_rule_has_a_docs_page_with_the_fixed_headings(string id)
    {
        var rule = Catalog().Get(RuleId.Parse(id));
        var path = RepoPaths.InRepo($"docs/rules/{RuleDocs.FileNameFor(rule.Id)}");
        Assert.True(File.Exists(path), $"{path} is missing");
        var lines = File.ReadAllLines(path);

        Assert.Equal($"# {rule.Id}: {rule.Name}", lines[0]);
        var headings = lines.Where(l => l.StartsWith("## ", StringComparison.Ordinal)).ToList();
        Assert.Equal(RequiredHeadings, headings);
    }

    [Fact]
    public void Every_docs_page_belongs_to_a_rule()
    {
        var catalog = Catalog();
        var orphans = Directory.GetFiles(RepoPaths.InRepo("docs/rules"), "*.md")
            .Select(Path.GetFileNameWithoutExtension)
            .Where(name => !RuleId.TryParse(name, out var id) || !catalog.Contains(id))
            .ToList();

        Assert.Empty(orphans);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public async Task Rampart_rules_id_prints_the_embedded_page(string id)
    {
        var run = await CliRun.RunAsync("rules", id.ToLowerInvariant());

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(File.ReadAllText(RepoPaths.InRepo($"docs/rules/{id}.md")), run.Stdout);
    }

    [Fact]
    public async Task Rampart_rules_lists_every_rule()
    {
        var run = await CliRun.RunAsync("rules");

        Assert.Equal(0, run.ExitCode);
        Assert.All(Catalog().All, r => Assert.Contains($"{r.Id}  ", run.Stdout));
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KebabCase();
}
