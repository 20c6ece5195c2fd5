using System.Text.Json;
using Rampart.Core.Scanning;
using Rampart.Dependencies.Inventory;

namespace Rampart.Dependencies.Extractors.NuGet;

/// <summary>Tolerant reads of the NuGet JSON files: a missing or mistyped property is null, not an exception.</summary>
internal static class NuGetJson
{
    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    /// <summary>Parses a NuGet JSON file once and hands its root and property lines to <paramref name="read"/>; invalid JSON is a problem line.</summary>
    public static Task<ExtractionResult> ExtractAsync(FileText file, Func<JsonElement, JsonPropertyLines, ExtractionResult> read)
    {
        try
        {
            var lines = JsonPropertyLines.Read(file.Text);
            using var document = JsonDocument.Parse(file.Text, Options);
            return Task.FromResult(read(document.RootElement, lines));
        }
        catch (JsonException e)
        {
            return Task.FromResult(new ExtractionResult([]) { Problems = [$"{file.Path}: not valid JSON ({e.Message})"] });
        }
    }

    public static string? String(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    public static JsonElement? Object(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Object
            ? value
            : null;

    /// <summary>The properties of an object-valued property; none when it is missing or not an object.</summary>
    public static IEnumerable<JsonProperty> Properties(JsonElement element, string property) =>
        Object(element, property) is { } value ? value.EnumerateObject() : [];

    /// <summary>Splits an assets/deps library key <c>Name/Version</c>.</summary>
    public static (string Name, string Version)? SplitLibraryKey(string key)
    {
        var slash = key.LastIndexOf('/');
        return slash <= 0 || slash == key.Length - 1 ? null : (key[..slash], key[(slash + 1)..]);
    }
}
