using Rampart.Code.Lexing.Python;

namespace Rampart.Code.Analysis.Python;

/// <summary>
/// One piece of a string literal: literal text, or (for f-strings) a replacement field's
/// expression lexed on its own (<see cref="Tokens"/> null when it does not lex).
/// </summary>
internal sealed record PyStringPiece(string? Literal, PythonTokens? Tokens)
{
    public bool IsField => Literal is null;

    /// <summary>The pieces of adjacent string tokens [start, end): <c>"a" f"{b}c"</c> → a, {b}, c.</summary>
    public static List<PyStringPiece> Of(PythonTokens tokens, int start, int end)
    {
        var pieces = new List<PyStringPiece>();
        for (var i = start; i < end && tokens[i].Kind == PythonTokenKind.String; i++)
        {
            if (!tokens[i].IsFString)
            {
                pieces.Add(new PyStringPiece(tokens[i].Value, null));
                continue;
            }

            Split(tokens[i].Value, pieces);
        }

        return pieces;
    }

    private static void Split(string value, List<PyStringPiece> pieces)
    {
        var literal = new System.Text.StringBuilder();
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c is '{' or '}' && i + 1 < value.Length && value[i + 1] == c)
            {
                literal.Append(c);
                i++;
                continue;
            }

            if (c != '{')
            {
                literal.Append(c);
                continue;
            }

            var close = FieldEnd(value, i + 1);
            if (literal.Length > 0)
            {
                pieces.Add(new PyStringPiece(literal.ToString(), null));
                literal.Clear();
            }

            pieces.Add(new PyStringPiece(null, Lex(Expression(value[(i + 1)..close]))));
            i = close;
        }

        if (literal.Length > 0)
        {
            pieces.Add(new PyStringPiece(literal.ToString(), null));
        }
    }

    /// <summary>The closing '}' of a field opened before <paramref name="from"/> (nested brackets and quotes skipped).</summary>
    private static int FieldEnd(string value, int from)
    {
        var depth = 0;
        char quote = '\0';
        for (var i = from; i < value.Length; i++)
        {
            var c = value[i];
            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c is '(' or '[' or '{')
            {
                depth++;
            }
            else if (c is ')' or ']' or '}')
            {
                if (depth == 0)
                {
                    return i;
                }

                depth--;
            }
        }

        return value.Length;
    }

    /// <summary>The expression part of a field: before a top-level <c>!r</c>, <c>:spec</c> or <c>=</c> (debug form).</summary>
    private static string Expression(string field)
    {
        var depth = 0;
        for (var i = 0; i < field.Length; i++)
        {
            var c = field[i];
            if (c is '(' or '[' or '{')
            {
                depth++;
            }
            else if (c is ')' or ']' or '}')
            {
                depth--;
            }
            else if (depth == 0 && (c == ':' || (c == '!' && (i + 1 >= field.Length || field[i + 1] != '=')) || (c == '=' && i + 1 >= field.Length - 1 && (i == 0 || field[i - 1] is not ('=' or '!' or '<' or '>')))))
            {
                return field[..i];
            }
        }

        return field;
    }

    private static PythonTokens? Lex(string expression)
    {
        try
        {
            return PythonLexer.Tokenize(expression.Trim());
        }
        catch (PythonLexException)
        {
            return null;
        }
    }
}
