using System.Text;

namespace Rampart.Code.Lexing.JavaScript;

/// <summary>The value of string and template tokens, with the common escapes decoded.</summary>
public static class JsStrings
{
    /// <summary>The content of a string, template or template part token (without quotes, backticks, <c>}</c> and <c>${</c>).</summary>
    public static string Value(JsToken token)
    {
        var text = token.Text;
        var (start, end) = token.Kind switch
        {
            JsTokenKind.String or JsTokenKind.Template => (1, text.Length - 1),
            JsTokenKind.TemplateHead => (1, text.Length - 2),
            JsTokenKind.TemplateMiddle => (1, text.Length - 2),
            JsTokenKind.TemplateTail => (1, text.Length - 1),
            JsTokenKind.Regex => (1, text.LastIndexOf('/')),
            _ => (0, text.Length),
        };
        return end <= start ? "" : Unescape(text.AsSpan(start, end - start));
    }

    private static string Unescape(ReadOnlySpan<char> raw)
    {
        if (raw.IndexOf('\\') < 0)
        {
            return raw.ToString();
        }

        var value = new StringBuilder(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] != '\\' || i + 1 >= raw.Length)
            {
                value.Append(raw[i]);
                continue;
            }

            var c = raw[++i];
            value.Append(c switch
            {
                'n' => '\n',
                't' => '\t',
                'r' => '\r',
                '0' => '\0',
                _ => c,
            });
        }

        return value.ToString();
    }
}
