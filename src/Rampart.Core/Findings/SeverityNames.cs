namespace Rampart.Core.Findings;

/// <summary>Parses and prints enum values the way users type them: lower-case words.</summary>
public static class SeverityNames
{
    public static string ToName(this Severity severity) => severity.ToString().ToLowerInvariant();

    public static string ToName(this Confidence confidence) => confidence.ToString().ToLowerInvariant();

    public static string ToName(this DetectorFamily family) => family.ToString().ToLowerInvariant();

    /// <summary>Kebab-case tag such as <c>sensitive-log</c>.</summary>
    public static string ToTag(this FindingCategory category) => category switch
    {
        FindingCategory.SensitiveLog => "sensitive-log",
        _ => category.ToString().ToLowerInvariant(),
    };

    public static bool TryParseSeverity(string? text, out Severity severity) =>
        TryParseWord(text, out severity);

    public static bool TryParseFamily(string? text, out DetectorFamily family) =>
        TryParseWord(text, out family);

    public static string AllSeverityNames => string.Join(", ", Enum.GetValues<Severity>().Select(s => s.ToName()));

    public static string AllFamilyNames => string.Join(", ", Enum.GetValues<DetectorFamily>().Select(f => f.ToName()));

    private static bool TryParseWord<T>(string? text, out T value) where T : struct, Enum
    {
        value = default;
        // Enum.TryParse also accepts numbers ("3"), which is never what a user meant.
        if (string.IsNullOrWhiteSpace(text) || !text.All(char.IsLetter))
        {
            return false;
        }

        return Enum.TryParse(text, ignoreCase: true, out value);
    }
}
