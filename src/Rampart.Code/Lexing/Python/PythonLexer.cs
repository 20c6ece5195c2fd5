using System.Text;

namespace Rampart.Code.Lexing.Python;

/// <summary>
/// Python's tokenizer: INDENT/DEDENT from leading whitespace, NEWLINE only at the end of a logical
/// line (not inside brackets, not after a backslash continuation), every string form (prefixes,
/// triple quotes, f-strings whose <c>{}</c> hold nested brackets and quotes), comments kept aside.
/// </summary>
public sealed class PythonLexer
{
    private static readonly string[] Operators =
    [
        "**=", "//=", ">>=", "<<=", "...", "!=", "%=", "&=", "**", "*=", "+=", "-=", "->", "//", "/=", ":=", "<<", "<=", "==", ">=", ">>", "@=", "^=", "|=",
        "!", "%", "&", "(", ")", "*", "+", ",", "-", ".", "/", ":", ";", "<", "=", ">", "@", "[", "]", "^", "{", "|", "}", "~",
    ];

    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);
    private readonly string _text;
    private readonly List<PythonToken> _tokens = [];
    private readonly List<PythonToken> _comments = [];
    private readonly Stack<int> _indents = new([0]);
    private readonly Stack<int> _open = new();
    private int _pos;
    private int _line = 1;
    private int _lineStart;

    private PythonLexer(string text) => _text = text;

    public static PythonTokens Tokenize(string text) => new PythonLexer(text).Run();

    private PythonTokens Run()
    {
        var atLineStart = true;
        while (_pos < _text.Length)
        {
            if (atLineStart && _open.Count == 0)
            {
                if (ReadIndentation())
                {
                    continue;
                }

                atLineStart = false;
            }

            var c = _text[_pos];
            if (c is ' ' or '\t' or '\f')
            {
                _pos++;
            }
            else if (c is '\r' or '\n')
            {
                if (_open.Count == 0 && _tokens.Count > 0 && _tokens[^1].Kind is not (PythonTokenKind.Newline or PythonTokenKind.Indent or PythonTokenKind.Dedent))
                {
                    Add(PythonTokenKind.Newline, _pos, c == '\r' && Peek(1) == '\n' ? "\r\n" : c.ToString());
                }

                NewLine();
                atLineStart = _open.Count == 0;
            }
            else if (c == '#')
            {
                var end = _text.IndexOfAny(['\r', '\n'], _pos);
                end = end < 0 ? _text.Length : end;
                _comments.Add(Make(PythonTokenKind.Comment, _pos, _text[_pos..end]));
                _pos = end;
            }
            else if (c == '\\' && (Peek(1) is '\n' or '\r'))
            {
                _pos++;
                NewLine();
            }
            else if (IsIdentifierStart(c))
            {
                ReadNameOrString();
            }
            else if (char.IsDigit(c) || (c == '.' && char.IsDigit(Peek(1))))
            {
                ReadNumber();
            }
            else if (c is '"' or '\'')
            {
                ReadString(_pos, "");
            }
            else
            {
                ReadOperator();
            }
        }

        if (_tokens.Count > 0 && _tokens[^1].Kind is not (PythonTokenKind.Newline or PythonTokenKind.Dedent))
        {
            Add(PythonTokenKind.Newline, _pos, "");
        }

        while (_indents.Count > 1)
        {
            _indents.Pop();
            Add(PythonTokenKind.Dedent, _pos, "");
        }

        Add(PythonTokenKind.EndOfFile, _pos, "");
        return new PythonTokens(_tokens, _comments, MatchBrackets());
    }

    /// <summary>Measures the leading whitespace of a line; true when the line is blank or a comment (no INDENT/DEDENT then).</summary>
    private bool ReadIndentation()
    {
        var width = 0;
        while (_pos < _text.Length && _text[_pos] is ' ' or '\t' or '\f')
        {
            width = _text[_pos] == '\t' ? (width / 8 + 1) * 8 : width + 1;
            _pos++;
        }

        if (_pos >= _text.Length || _text[_pos] is '\r' or '\n' or '#' || (_text[_pos] == '\\' && Peek(1) is '\n' or '\r'))
        {
            return _pos < _text.Length && _text[_pos] is '\r' or '\n' ? ConsumeBlankLine() : false;
        }

        if (width > _indents.Peek())
        {
            _indents.Push(width);
            Add(PythonTokenKind.Indent, _pos, "");
            return false;
        }

        // A dedent to a width never used before is an error for Python; closing to the nearest
        // outer level keeps the rest of the file usable.
        while (width < _indents.Peek() && _indents.Count > 1)
        {
            _indents.Pop();
            Add(PythonTokenKind.Dedent, _pos, "");
        }

        return false;
    }

    private bool ConsumeBlankLine()
    {
        NewLine();
        return true;
    }

    private void NewLine()
    {
        if (_text[_pos] == '\r' && Peek(1) == '\n')
        {
            _pos++;
        }

        _pos++;
        _line++;
        _lineStart = _pos;
    }

    private void ReadNameOrString()
    {
        var start = _pos;
        while (_pos < _text.Length && IsIdentifierPart(_text[_pos]))
        {
            _pos++;
        }

        var word = Pooled(start, _pos);
        if (_pos < _text.Length && _text[_pos] is '"' or '\'' && IsStringPrefix(word))
        {
            _pos = start;
            ReadString(start, word.ToLowerInvariant());
            return;
        }

        Add(PythonTokenKind.Name, start, word);
    }

    private static bool IsStringPrefix(string word) =>
        word.Length <= 2 && word.ToLowerInvariant() is "r" or "u" or "b" or "f" or "br" or "rb" or "fr" or "rf" or "t" or "tr" or "rt";

    private void ReadNumber()
    {
        var start = _pos;
        while (_pos < _text.Length && (char.IsLetterOrDigit(_text[_pos]) || _text[_pos] is '_' or '.'
            || (_text[_pos] is '+' or '-' && _text[_pos - 1] is 'e' or 'E' && !_text[start.._pos].StartsWith("0x", StringComparison.OrdinalIgnoreCase))))
        {
            _pos++;
        }

        Add(PythonTokenKind.Number, start, _text[start.._pos]);
    }

    private void ReadOperator()
    {
        foreach (var op in Operators)
        {
            if (string.CompareOrdinal(_text, _pos, op, 0, op.Length) == 0)
            {
                Add(PythonTokenKind.Op, _pos, op);
                if (op is "(" or "[" or "{")
                {
                    _open.Push(_tokens.Count - 1);
                }
                else if (op is ")" or "]" or "}" && _open.Count > 0)
                {
                    _open.Pop();
                }

                _pos += op.Length;
                return;
            }
        }

        // A character Python would reject ($, ?, a stray backtick): kept as an operator so one odd byte does not lose the file.
        Add(PythonTokenKind.Op, _pos, _text[_pos].ToString());
        _pos++;
    }

    private void ReadString(int start, string prefix)
    {
        var line = _line;
        var column = start - _lineStart + 1;
        _pos = start + prefix.Length;
        var quote = _text[_pos];
        var triple = Peek(1) == quote && Peek(2) == quote;
        var delimiter = triple ? new string(quote, 3) : quote.ToString();
        _pos += delimiter.Length;
        var contentStart = _pos;
        var contentEnd = ScanStringBody(quote, triple, prefix.Contains('f') || prefix.Contains('t'), line);
        var raw = _text[contentStart..contentEnd];
        _tokens.Add(new PythonToken(PythonTokenKind.String, _text[start.._pos], start, line, column)
        {
            Prefix = prefix,
            Value = prefix.Contains('r') ? raw : Unescape(raw),
        });
    }

    /// <summary>Moves past the closing quote; returns where the content ends. Counts lines crossed by triple-quoted strings.</summary>
    private int ScanStringBody(char quote, bool triple, bool formatted, int startLine)
    {
        while (_pos < _text.Length)
        {
            var c = _text[_pos];
            if (c == '\\')
            {
                if (Peek(1) is '\n' or '\r')
                {
                    _pos++;
                    NewLine();
                }
                else
                {
                    _pos += 2;
                }

                continue;
            }

            if (c is '\n' or '\r')
            {
                if (!triple)
                {
                    throw new PythonLexException("unterminated string literal", startLine);
                }

                NewLine();
                continue;
            }

            if (formatted && c == '{')
            {
                if (Peek(1) == '{')
                {
                    _pos += 2;
                    continue;
                }

                _pos++;
                SkipReplacementField(startLine);
                continue;
            }

            if (c == quote && (!triple || (Peek(1) == quote && Peek(2) == quote)))
            {
                var end = _pos;
                _pos += triple ? 3 : 1;
                return end;
            }

            _pos++;
        }

        throw new PythonLexException(triple ? "unterminated triple-quoted string" : "unterminated string literal", startLine);
    }

    /// <summary>Skips the code inside an f-string's <c>{...}</c>: nested brackets, nested strings of any quote, format specs with their own fields.</summary>
    private void SkipReplacementField(int startLine)
    {
        var depth = 0;
        while (_pos < _text.Length)
        {
            var c = _text[_pos];
            if (c is '"' or '\'')
            {
                var prefixStart = _pos;
                while (prefixStart > 0 && char.IsLetter(_text[prefixStart - 1]) && _pos - prefixStart < 2)
                {
                    prefixStart--;
                }

                var prefix = _text[prefixStart.._pos].ToLowerInvariant();
                prefix = IsStringPrefix(prefix) ? prefix : "";
                var triple = Peek(1) == c && Peek(2) == c;
                _pos += triple ? 3 : 1;
                ScanStringBody(c, triple, prefix.Contains('f') || prefix.Contains('t'), startLine);
                continue;
            }

            if (c is '\n' or '\r')
            {
                NewLine();
                continue;
            }

            if (c is '(' or '[' or '{')
            {
                depth++;
            }
            else if (c is ')' or ']' or '}')
            {
                if (depth == 0)
                {
                    _pos++;
                    return;
                }

                depth--;
            }

            _pos++;
        }

        throw new PythonLexException("unterminated f-string replacement field", startLine);
    }

    private static string Unescape(string raw)
    {
        if (!raw.Contains('\\', StringComparison.Ordinal))
        {
            return raw;
        }

        var sb = new StringBuilder(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] != '\\' || i + 1 >= raw.Length)
            {
                sb.Append(raw[i]);
                continue;
            }

            var next = raw[++i];
            switch (next)
            {
                case 'n': sb.Append('\n'); break;
                case 't': sb.Append('\t'); break;
                case 'r': sb.Append('\r'); break;
                case '\\': sb.Append('\\'); break;
                case '\'': sb.Append('\''); break;
                case '"': sb.Append('"'); break;
                case '\n': break;
                default: sb.Append('\\').Append(next); break;
            }
        }

        return sb.ToString();
    }

    private int[] MatchBrackets()
    {
        var matches = new int[_tokens.Count];
        Array.Fill(matches, -1);
        var stack = new Stack<int>();
        for (var i = 0; i < _tokens.Count; i++)
        {
            var t = _tokens[i];
            if (t.Kind != PythonTokenKind.Op)
            {
                continue;
            }

            if (t.Text is "(" or "[" or "{")
            {
                stack.Push(i);
            }
            else if (t.Text is ")" or "]" or "}" && stack.Count > 0)
            {
                var open = stack.Pop();
                matches[open] = i;
                matches[i] = open;
            }
        }

        return matches;
    }

    private char Peek(int offset) => _pos + offset < _text.Length ? _text[_pos + offset] : '\0';

    private static bool IsIdentifierStart(char c) => char.IsLetter(c) || c == '_' || c > 127 && char.IsLetterOrDigit(c);

    private static bool IsIdentifierPart(char c) => char.IsLetterOrDigit(c) || c == '_';

    private void Add(PythonTokenKind kind, int start, string text) => _tokens.Add(Make(kind, start, text));

    /// <summary>
    /// One string per distinct name in the module: names repeat (self, request, the imports), and the
    /// tokens stay in memory for the whole scan. Looked up by span, so a repeat allocates nothing.
    /// </summary>
    private string Pooled(int start, int end)
    {
        var span = _text.AsSpan(start, end - start);
        var lookup = _names.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(span, out var known))
        {
            return known;
        }

        var text = span.ToString();
        _names[text] = text;
        return text;
    }

    private PythonToken Make(PythonTokenKind kind, int start, string text) => new(kind, text, start, _line, start - _lineStart + 1);
}
