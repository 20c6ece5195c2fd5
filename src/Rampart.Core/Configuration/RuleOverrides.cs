using Rampart.Core.Findings;
using Rampart.Core.Rules;

namespace Rampart.Core.Configuration;

/// <summary>Checks configured rule ids against the catalog and applies overrides to findings.</summary>
public static class RuleOverrides
{
    /// <summary>A typo in a rule id would silently disable nothing, so it is an error.</summary>
    public static void Validate(RampartConfig config, RuleCatalog catalog)
    {
        var file = config.SourcePath ?? ConfigLoader.DefaultFileName;
        foreach (var rule in config.Rules.Where(r => !catalog.Contains(r.Rule)))
        {
            throw ConfigException.At(file, rule.Line, 1, $"unknown rule {rule.Rule} (see 'rampart rules')");
        }

        foreach (var suppression in config.Suppressions.Where(s => !catalog.Contains(s.Rule)))
        {
            throw ConfigException.At(file, suppression.Line, 1, $"unknown rule {suppression.Rule} in a suppression (see 'rampart rules')");
        }
    }

    /// <summary>The finding as configured: null when its rule is disabled, re-rated when a severity is set.</summary>
    public static Finding? Apply(RampartConfig config, Finding finding) => config.OverrideFor(finding.RuleId) switch
    {
        { Enabled: false } => null,
        { Severity: { } severity } => finding with { Severity = severity },
        _ => finding,
    };
}
