using System.Text;
using System.Text.Json;

namespace Rampart.Dependencies.Extractors;

/// <summary>
/// The line of every property in a JSON text, keyed by its path of property names. JsonDocument
/// keeps no positions, so one extra reader pass records them.
/// </summary>
internal sealed class JsonPropertyLines
{
    private const char Separator = '\u0001';
    private readonly Dictionary<string, int> _lines;

    private JsonPropertyLines(Dictionary<string, int> lines) => _lines = lines;

    /// <summary>The 1-based line of the property at that path, or 0 when unknown.</summary>
    public int LineOf(params string[] path) =>
        _lines.TryGetValue(string.Join(Separator, path), out var line) ? line : 0;

    /// <summary>Reads the positions; throws <see cref="JsonException"/> on malformed JSON, like JsonDocument.</summary>
    public static JsonPropertyLines Read(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        var containers = new List<string>();
        var pendingName = (string?)null;
        var line = 1;
        var counted = 0L;
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    line += CountNewLines(bytes, counted, reader.TokenStartIndex);
                    counted = reader.TokenStartIndex;
                    pendingName = reader.GetString() ?? string.Empty;
                    lines.TryAdd(string.Join(Separator, containers.Skip(1).Append(pendingName)), line);
                    break;
                case JsonTokenType.StartObject:
                case JsonTokenType.StartArray:
                    containers.Add(pendingName ?? string.Empty);
                    pendingName = null;
                    break;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    containers.RemoveAt(containers.Count - 1);
                    break;
                default:
                    pendingName = null;
                    break;
            }
        }

        return new JsonPropertyLines(lines);
    }

    private static int CountNewLines(byte[] bytes, long from, long to)
    {
        var count = 0;
        for (var i = from; i < to; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                count++;
            }
        }

        return count;
    }
}
