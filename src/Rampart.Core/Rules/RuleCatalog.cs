using Rampart.Core.Findings;

namespace Rampart.Core.Rules;

/// <summary>Every rule the configured detectors can raise, by id. Ids must be unique.</summary>
public sealed class RuleCatalog
{
    private readonly Dictionary<RuleId, Rule> _byId;

    public RuleCatalog(IEnumerable<Rule> rules)
    {
        _byId = [];
        foreach (var rule in rules)
        {
            if (!_byId.TryAdd(rule.Id, rule))
            {
                throw new InvalidOperationException($"rule id {rule.Id} is defined twice");
            }
        }

        All = [.. _byId.Values.OrderBy(r => r.Id.Value, StringComparer.Ordinal)];
    }

    public IReadOnlyList<Rule> All { get; }

    public bool TryGet(RuleId id, out Rule rule) => _byId.TryGetValue(id, out rule!);

    public Rule Get(RuleId id) =>
        _byId.TryGetValue(id, out var rule) ? rule : throw new KeyNotFoundException($"unknown rule {id}");

    public bool Contains(RuleId id) => _byId.ContainsKey(id);
}
