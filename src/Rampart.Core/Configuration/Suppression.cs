using Rampart.Core.Findings;
using Rampart.Core.Scanning.Ignore;

namespace Rampart.Core.Configuration;

/// <summary>
/// An accepted finding from <c>.rampart.yml</c>: a rule on the paths matching a gitignore-style
/// pattern, with the reason and an optional expiry date after which it stops suppressing.
/// </summary>
public sealed record Suppression(RuleId Rule, PathPattern Path, string Reason, DateOnly? Expires, int Line)
{
    public bool IsExpired(DateOnly today) => Expires is { } expires && expires < today;

    public bool Covers(Finding finding) => finding.RuleId == Rule && Path.Matches(finding.Location.Path);
}
