using System.Text;

namespace Rampart.Pipeline.Containers.Dockerfiles;

/// <summary>
/// The variables an <c>ENV</c> or <c>ARG</c> declares: <c>ENV A=1 B="two words"</c>, the legacy
/// <c>ENV NAME value with spaces</c>, and <c>ARG NAME[=default]</c>. Quotes are removed from the
/// value; the raw form is kept so the value can be located in the file.
/// </summary>
internal static class DockerKeyValues
{
    public static IReadOnlyList<(string Name, string? Value, string? RawValue)> Parse(DockerInstruction instruction)
    {
        var tokens = Tokenize(instruction.Arguments);
        if (tokens.Count == 0)
        {
            return [];
        }

        if (instruction.Keyword == "ENV" && !tokens[0].Contains('=', StringComparison.Ordinal))
        {
            var rawValue = instruction.Arguments.Trim()[tokens[0].Length..].Trim();
            return [(tokens[0], rawValue.Length == 0 ? null : Unquote(rawValue), rawValue.Length == 0 ? null : rawValue)];
        }

        var pairs = new List<(string, string?, string?)>();
        foreach (var token in tokens)
        {
            var equals = token.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0)
            {
                pairs.Add((token[..equals], Unquote(token[(equals + 1)..]), token[(equals + 1)..]));
            }
            else if (instruction.Keyword == "ARG" && equals < 0)
            {
                pairs.Add((token, null, null));
            }
        }

        return pairs;
    }

    /// <summary>Splits on unquoted whitespace, keeping quotes and escapes in each token.</summary>
    private static List<string> Tokenize(string text)
    {
        var tokens = new List<string>();
        var current = new StringBuilder();
        char? quote = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < text.Length && quote != '\'')
            {
                current.Append(c).Append(text[++i]);
                continue;
            }

            if (quote is null && char.IsWhiteSpace(c))
            {
                if (current.Length > 0)
                {
                    tokens.Add(current.ToString());
                    current.Clear();
                }

                continue;
            }

            quote = c is '"' or '\'' ? (quote is null ? c : quote == c ? null : quote) : quote;
            current.Append(c);
        }

        if (current.Length > 0)
        {
            tokens.Add(current.ToString());
        }

        return tokens;
    }

    private static string Unquote(string raw)
    {
        var value = new StringBuilder();
        char? quote = null;
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c == '\\' && i + 1 < raw.Length && quote != '\'')
            {
                value.Append(raw[++i]);
            }
            else if (c is '"' or '\'' && (quote is null || quote == c))
            {
                quote = quote is null ? c : null;
            }
            else
            {
                value.Append(c);
            }
        }

        return value.ToString();
    }
}
