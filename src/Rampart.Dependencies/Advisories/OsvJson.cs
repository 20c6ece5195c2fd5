using System.Text.Json;

namespace Rampart.Dependencies.Advisories;

/// <summary>Small readers over <see cref="JsonElement"/> that tolerate missing and wrongly typed fields.</summary>
internal static class OsvJson
{
    public static string? StringProperty(JsonElement? element, string name) =>
        element is { ValueKind: JsonValueKind.Object } obj
        && obj.TryGetProperty(name, out var value)
        && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    public static double? NumberProperty(JsonElement? element, string name) =>
        element is { ValueKind: JsonValueKind.Object } obj
        && obj.TryGetProperty(name, out var value)
        && value.ValueKind == JsonValueKind.Number
            ? value.GetDouble()
            : null;

    public static IEnumerable<JsonElement> ArrayProperty(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray()
            : [];

    public static IReadOnlyList<string> Strings(JsonElement obj, string name) =>
        ArrayProperty(obj, name)
            .Where(item => item.ValueKind == JsonValueKind.String)
            .Select(item => item.GetString()!)
            .ToArray();

    public static JsonElement? ObjectProperty(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object
            ? value.Clone()
            : null;

    public static DateTimeOffset? Date(JsonElement obj, string name)
    {
        var text = StringProperty(obj, name);
        return DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var date)
            ? date
            : null;
    }
}
