using System.Text;
using Rampart.Core.Findings;
using Rampart.Secrets.Catalog;

namespace Rampart.Tests.Secrets;

/// <summary>Renders the docs page of a data-driven secret rule from its YAML, so pages never drift from rules.</summary>
internal static class SecretRuleDocs
{
    public static string Render(SecretRule rule)
    {
        var r = rule.Rule;
        var md = new StringBuilder();
        md.Append("# ").Append(r.Id).Append(": ").Append(r.Name).Append("\n\n");
        md.Append("<!-- Generated from src/Rampart.Secrets/Rules/*.yaml by SecretRuleDocsTests; edit the YAML, not this page. -->\n\n");
        md.Append("## What it does\n\n");
        md.Append("Finds a ").Append(r.Title).Append(" (").Append(rule.Provider).Append(", ").Append(rule.Kind).Append(")");
        md.Append(" in every scanned file and, in a git repository, in every blob of the history.");
        md.Append(" The prefilter looks for ").Append(string.Join(", ", rule.Keywords.Select(k => $"`{k}`"))).Append("; the pattern is:\n\n");
        md.Append("```regex\n").Append(rule.Pattern).Append("\n```\n\n");
        if (rule.MinEntropy is { } entropy)
        {
            md.Append("A value must have at least ").Append(entropy.ToString("0.0#", System.Globalization.CultureInfo.InvariantCulture)).Append(" bits of entropy per character. ");
        }

        if (rule.Context is not null)
        {
            md.Append("It is reported only when `").Append(rule.Context).Append("` appears within 200 characters. ");
        }

        if (rule.Paths is not null)
        {
            md.Append("It applies only to files whose path matches `").Append(rule.Paths).Append("`. ");
        }

        md.Append("Placeholders (`your-key-here`, `xxxx`, `${VAR}`, `process.env.X`…) are never reported.\n\n");
        md.Append("## Why it is bad\n\n").Append(r.Description).Append('\n');
        md.Append("A key deleted in a later commit is still in the history of every clone: it stays usable until it is revoked.\n\n");
        md.Append("## Example\n\nReported (values are random, not real keys):\n\n```text\n");
        foreach (var example in rule.Examples)
        {
            md.Append(example).Append('\n');
        }

        md.Append("```\n\nNot reported:\n\n```text\n");
        foreach (var counterexample in rule.Counterexamples)
        {
            md.Append(counterexample).Append('\n');
        }

        md.Append("```\n\n## How to fix\n\n").Append(r.Remediation).Append('\n');
        md.Append("Then remove the value from the code and load it at run time from the environment or a secret store. Deleting it in a new commit is not enough: rotate it.\n\n");
        if (rule.References.Count > 0)
        {
            md.Append("References:\n\n");
            foreach (var reference in rule.References)
            {
                md.Append("- ").Append(reference).Append('\n');
            }

            md.Append('\n');
        }

        md.Append("## Severity and confidence\n\n");
        md.Append(r.DefaultSeverity.ToName()).Append(", confidence ").Append(r.DefaultConfidence.ToName()).Append(". ");
        md.Append("Found only in tests, fixtures, examples or docs: one step lower, confidence low. Shipped to the browser: reported as [RMP-S313](RMP-S313.md), critical.\n\n");
        md.Append("## Options\n\n");
        md.Append("In `.rampart.yml`: `rules: { ").Append(r.Id).Append(": { enabled: false } }` or `{ severity: low }`; a `suppressions:` entry with a path, reason and expiry; or `rampart:ignore ").Append(r.Id).Append(" <reason>` in a comment on the line or the line above.\n");
        return md.ToString();
    }
}
