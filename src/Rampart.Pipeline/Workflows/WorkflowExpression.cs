using System.Text.RegularExpressions;
using Rampart.Core.Findings;

namespace Rampart.Pipeline.Workflows;

/// <summary>One <c>${{ … }}</c> inside a workflow value, with its own position in the file.</summary>
internal sealed partial record WorkflowExpression(string Body, string Written, SourceLocation Location)
{
    /// <summary>Every expression in <paramref name="value"/>, found in the source text so positions are exact.</summary>
    public static IEnumerable<WorkflowExpression> In(WorkflowValue value)
    {
        var raw = value.Raw;
        if (!raw.Contains("${{", StringComparison.Ordinal))
        {
            yield break;
        }

        foreach (Match match in Expression().Matches(raw))
        {
            yield return new WorkflowExpression(match.Groups[1].Value.Trim(), match.Value, value.LocationInRaw(match.Index, match.Length));
        }
    }

    /// <summary>The bodies of the expressions in a piece of text, e.g. one line of a script.</summary>
    public static IEnumerable<string> BodiesIn(string text) =>
        text.Contains("${{", StringComparison.Ordinal) ? Expression().Matches(text).Select(m => m.Groups[1].Value.Trim()) : [];

    [GeneratedRegex(@"\$\{\{(.*?)\}\}", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Expression();
}
