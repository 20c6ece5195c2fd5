using System.Text;
using System.Text.Json;
using Rampart.Core.Findings;
using Rampart.Core.Scanning;

namespace Rampart.Dependencies.Extractors.Npm;

/// <summary>
/// Where each property name of a JSON file sits. JsonDocument forgets offsets, so one extra
/// Utf8JsonReader pass records them by property path.
/// </summary>
internal sealed class JsonKeyLines
{
    private const char Separator = '\u0001';
    private readonly Dictionary<string, SourceLocation> _locations;
    private readonly string _path;

    private JsonKeyLines(string path, Dictionary<string, SourceLocation> locations)
    {
        _path = path;
        _locations = locations;
    }

    public static JsonReaderOptions ReaderOptions { get; } = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    public static JsonDocumentOptions DocumentOptions { get; } = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    /// <summary>Reads the key locations; <paramref name="withScalars"/> also records keys whose value is not an object or array. Throws <see cref="JsonException"/>.</summary>
    public static JsonKeyLines Read(FileText file, bool withScalars)
    {
        var text = file.Text;
        var bom = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var bytes = Encoding.UTF8.GetBytes(text[bom..]);
        var locations = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        var segments = new List<string>();
        var reader = new Utf8JsonReader(bytes, ReaderOptions);
        string? pending = null;
        var pendingChar = 0;
        var pendingLength = 0;
        var lastByte = 0;
        var lastChar = bom;
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    pending = reader.GetString();
                    var start = (int)reader.TokenStartIndex;
                    lastChar += Encoding.UTF8.GetCharCount(bytes, lastByte, start - lastByte);
                    lastByte = start;
                    pendingChar = lastChar;
                    pendingLength = (pending?.Length ?? 0) + 2;
                    break;
                case JsonTokenType.StartObject or JsonTokenType.StartArray:
                    if (pending is not null)
                    {
                        locations[Key(segments, pending)] = file.LocationOf(pendingChar, pendingLength);
                    }

                    segments.Add(pending ?? "#");
                    pending = null;
                    break;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    segments.RemoveAt(segments.Count - 1);
                    break;
                default:
                    if (withScalars && pending is not null)
                    {
                        locations[Key(segments, pending)] = file.LocationOf(pendingChar, pendingLength);
                    }

                    pending = null;
                    break;
            }
        }

        return new JsonKeyLines(file.Path, locations);
    }

    /// <summary>The location of the key at a path below the root object, or the whole file when unknown.</summary>
    public SourceLocation Of(params string[] path)
    {
        var key = "#" + Separator + string.Join(Separator, path);
        return _locations.TryGetValue(key, out var location) ? location : new SourceLocation(_path);
    }

    private static string Key(List<string> segments, string name) =>
        string.Join(Separator, segments) + Separator + name;
}
