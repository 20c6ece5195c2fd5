using System.Text.RegularExpressions;
using Rampart.Core.Findings;

namespace Rampart.Core.Suppressions;

/// <summary>
/// <c>rampart:ignore RMP-XXXX[, RMP-YYYY] reason</c> (ids separated by commas or spaces) in a comment on a finding's line or the line
/// above. The reason is required: a bare ignore does not suppress and says so.
/// </summary>
public sealed partial record InlineSuppression(IReadOnlyList<RuleId> Rules, string Reason)
{
    public const string Marker = "rampart:ignore";

    /// <summary>Parses the marker on one source line; null when the line has none.</summary>
    public static InlineSuppression? Parse(string line)
    {
        if (!line.Contains(Marker, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var match = Syntax().Match(line);
        if (!match.Success)
        {
            return new InlineSuppression([], string.Empty);
        }

        var rules = match.Groups["ids"].Value
            .Split([',', ' '], StringSplitOptions.RemoveEmptyEntries)
            .Select(RuleId.Parse)
            .ToList();
        var reason = CommentCloser().Replace(match.Groups["reason"].Value, string.Empty).Trim();
        return new InlineSuppression(rules, reason);
    }

    public bool Covers(RuleId rule) => Rules.Contains(rule);

    [GeneratedRegex(@"rampart:ignore\s+(?<ids>RMP-[SDCP][0-9]{3}\b(?:(?:\s*,\s*|\s+)RMP-[SDCP][0-9]{3}\b)*)(?<reason>.*)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Syntax();

    // Text after the reason that belongs to the comment syntax, not to the reason.
    [GeneratedRegex(@"(\*/|-->|--%>|#\}|%>|\*\)|\}\})\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex CommentCloser();
}
