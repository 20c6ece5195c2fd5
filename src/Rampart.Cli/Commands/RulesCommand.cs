using System.CommandLine;
using Rampart.Core.Findings;
using Rampart.Core.Rules;

namespace Rampart.Cli.Commands;

/// <summary><c>rampart rules [ID]</c>: list every rule, or print one rule's documentation page.</summary>
internal sealed class RulesCommand
{
    private readonly Argument<string?> _id = new("ID") { Description = "A rule id such as RMP-P001", Arity = ArgumentArity.ZeroOrOne };
    private readonly RuleCatalog _catalog;

    public RulesCommand(RuleCatalog catalog)
    {
        _catalog = catalog;
        Command = new Command("rules", "List the rules, or show one rule's documentation") { _id };
    }

    public Command Command { get; }

    public async Task<int> RunAsync(ParseResult result, TextWriter stdout)
    {
        var text = result.GetValue(_id);
        if (text is null)
        {
            await stdout.WriteAsync(ListAll()).ConfigureAwait(false);
            return 0;
        }

        if (!RuleId.TryParse(text, out var id) || !_catalog.TryGet(id, out var rule))
        {
            throw new UsageException($"unknown rule '{text}' (run 'rampart rules' for the list)");
        }

        await stdout.WriteAsync(RuleDocPages.Read(rule.Id) ?? Describe(rule)).ConfigureAwait(false);
        return 0;
    }

    private string ListAll()
    {
        var lines = _catalog.All.Select(r => $"{r.Id}  {r.DefaultSeverity.ToName(),-8}  {r.Family.ToName(),-12}  {r.Name,-32}  {r.Title}");
        return string.Join(Environment.NewLine, lines) + Environment.NewLine + $"{_catalog.All.Count} rule(s). 'rampart rules ID' shows one." + Environment.NewLine;
    }

    /// <summary>A plain description for a rule whose page was not embedded (should not happen in a release build).</summary>
    private static string Describe(Rule rule) =>
        $"# {rule.Id}: {rule.Name}{Environment.NewLine}{Environment.NewLine}{rule.Title}{Environment.NewLine}{Environment.NewLine}{rule.Description}{Environment.NewLine}{Environment.NewLine}Fix: {rule.Remediation}{Environment.NewLine}";
}
