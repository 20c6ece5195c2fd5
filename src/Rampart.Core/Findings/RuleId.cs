using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace Rampart.Core.Findings;

/// <summary>
/// A rule identifier such as <c>RMP-S001</c>: the letter names the family (S secrets,
/// D dependencies, C code, P pipeline), the number is never reused.
/// </summary>
public readonly partial record struct RuleId
{
    private RuleId(string value) => Value = value;

    public string Value { get; }

    public DetectorFamily Family => Value[4] switch
    {
        'S' => DetectorFamily.Secrets,
        'D' => DetectorFamily.Dependencies,
        'C' => DetectorFamily.Code,
        _ => DetectorFamily.Pipeline,
    };

    public static RuleId Parse(string text) =>
        TryParse(text, out var id) ? id : throw new FormatException($"'{text}' is not a rule id (expected RMP-S001, RMP-D001, RMP-C001 or RMP-P001 style)");

    public static bool TryParse([NotNullWhen(true)] string? text, out RuleId id)
    {
        id = default;
        if (text is null || !Shape().IsMatch(text))
        {
            return false;
        }

        id = new RuleId(text.ToUpperInvariant());
        return true;
    }

    public override string ToString() => Value;

    [GeneratedRegex("^RMP-[SDCP][0-9]{3}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
