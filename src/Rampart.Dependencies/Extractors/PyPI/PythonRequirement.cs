using System.Text.RegularExpressions;

namespace Rampart.Dependencies.Extractors.PyPI;

/// <summary>
/// One PEP 508 requirement (<c>name[extra1,extra2] (&gt;=1.0,&lt;2) ; python_version &lt; "3.11"</c>, or
/// <c>name @ https://…</c>). <see cref="Specifier"/> has its whitespace removed.
/// </summary>
internal sealed partial record PythonRequirement(string Name, IReadOnlyList<string> Extras, string Specifier, string? Marker, string? Url)
{
    /// <summary>The exact version when the specifier is a single <c>==</c> or <c>===</c> pin without a wildcard.</summary>
    public string? PinnedVersion
    {
        get
        {
            if (Specifier.Contains(',', StringComparison.Ordinal) || Specifier.Contains('*', StringComparison.Ordinal))
            {
                return null;
            }

            if (Specifier.StartsWith("===", StringComparison.Ordinal))
            {
                return Specifier[3..];
            }

            return Specifier.StartsWith("==", StringComparison.Ordinal) && Specifier.Length > 2 ? Specifier[2..] : null;
        }
    }

    public static PythonRequirement? TryParse(string text)
    {
        var match = Shape().Match(text.Trim());
        if (!match.Success)
        {
            return null;
        }

        var extras = match.Groups["extras"].Success
            ? match.Groups["extras"].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : [];
        var marker = match.Groups["marker"].Success ? match.Groups["marker"].Value.Trim() : null;
        if (match.Groups["url"].Success)
        {
            return new PythonRequirement(match.Groups["name"].Value, extras, string.Empty, marker, match.Groups["url"].Value.Trim());
        }

        var specifier = Whitespace().Replace(match.Groups["spec"].Value, string.Empty).Trim('(', ')');
        return specifier.Length > 0 && !SpecifierShape().IsMatch(specifier)
            ? null
            : new PythonRequirement(match.Groups["name"].Value, extras, specifier, marker, null);
    }

    [GeneratedRegex(@"^(?<name>[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(?:\[(?<extras>[^\]]*)\])?\s*(?:@\s*(?<url>[^;\s]+(?:\s+[^;\s]+)*?)\s*|(?<spec>[^;@\[]*))(?:;(?<marker>.*))?$")]
    private static partial Regex Shape();

    // One or more clauses like ">=1.0", "~=2.2", "!=1.5.*", "===weird", comma separated.
    [GeneratedRegex(@"^(?:(?:===|==|!=|~=|>=|<=|>|<)[A-Za-z0-9.*+!_-]+)(?:,(?:===|==|!=|~=|>=|<=|>|<)[A-Za-z0-9.*+!_-]+)*$")]
    private static partial Regex SpecifierShape();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
