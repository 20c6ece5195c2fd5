using System.Text.RegularExpressions;

namespace Rampart.Pipeline.Scaffolding;

/// <summary>Writes values into generated YAML: as they are when that reads back unchanged, else quoted.</summary>
internal static partial class YamlScalars
{
    /// <summary>A YAML value: plain when it would read back as the same string, else single-quoted.</summary>
    /// <param name="inFlow">True inside <c>[ ]</c> or <c>{ }</c>, where commas and brackets end a plain value.</param>
    public static string Of(string value, bool inFlow = false)
    {
        var plain = inFlow ? FlowPlain().IsMatch(value) : BlockPlain().IsMatch(value) && !value.Contains(": ", StringComparison.Ordinal) && !value.Contains(" #", StringComparison.Ordinal);
        return plain && !ReadsAsNonString().IsMatch(value) ? value : $"'{value.Replace("'", "''", StringComparison.Ordinal)}'";
    }

    [GeneratedRegex(@"^[A-Za-z0-9_./(][A-Za-z0-9_./()=+, -]*(?<![ :])$", RegexOptions.CultureInvariant)]
    private static partial Regex BlockPlain();

    [GeneratedRegex(@"^[A-Za-z0-9_./][A-Za-z0-9_./-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex FlowPlain();

    /// <summary>Values YAML would read as a boolean, null or number rather than a string.</summary>
    [GeneratedRegex(@"^(true|false|yes|no|on|off|y|n|null|~|[-+]?(\d[\d_]*)?\.?\d[\d_]*([eE][-+]?\d+)?|0x[0-9a-fA-F]+|0o[0-7]+)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ReadsAsNonString();
}
