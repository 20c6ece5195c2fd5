namespace Rampart.Code.Lexing.JavaScript;

/// <summary>
/// A JavaScript/TypeScript lexer: strings, template literals with nested substitutions (and
/// templates inside them), comments (kept as tokens), regex literals told from division by the
/// previous token, decorators and, when <c>jsx</c> is on, JSX elements with their text.
/// Not a validator: it only needs to cut the source where a parser would.
/// </summary>
public sealed class JsLexer
{
    private static readonly string[] Punctuators =
    [
        ">>>=", "...", "===", "!==", "**=", "<<=", ">>=", ">>>", "&&=", "||=", "??=",
        "=>", "==", "!=", "<=", ">=", "&&", "||", "??", "?.", "++", "--", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "**", "<<", ">>",
    ];

    private static readonly HashSet<string> RegexAfterKeywords = new(StringComparer.Ordinal)
    {
        "return", "typeof", "instanceof", "in", "of", "new", "delete", "void", "throw", "case", "do", "else", "yield", "await", "extends",
    };

    private enum Frame
    {
        Brace,
        TemplateSubstitution,
        JsxExpression,
        JsxTag,
        JsxClosingTag,
        JsxChildren,
    }

    private readonly string _text;
    private readonly bool _jsx;
    private readonly List<JsToken> _tokens = [];
    private readonly List<Frame> _frames = [];
    private int _pos;
    private int _line = 1;
    private int _lineStart;
    private int _counted;
    private JsToken? _previous;
    private bool _afterJsxElement;

    private JsLexer(string text, bool jsx)
    {
        _text = text;
        _jsx = jsx;
    }

    /// <summary>All tokens including comments, in source order.</summary>
    public static IReadOnlyList<JsToken> Lex(string text, bool jsx)
    {
        var lexer = new JsLexer(text, jsx);
        lexer.Run();
        return lexer._tokens;
    }

    private Frame? Top => _frames.Count == 0 ? null : _frames[^1];

    private char At(int offset) => _pos + offset < _text.Length ? _text[_pos + offset] : '\0';

    private void Run()
    {
        if (_text.StartsWith("#!", StringComparison.Ordinal))
        {
            LineComment();
        }

        while (_pos < _text.Length)
        {
            switch (Top)
            {
                case Frame.JsxTag or Frame.JsxClosingTag:
                    JsxTagToken();
                    break;
                case Frame.JsxChildren:
                    JsxChildrenToken();
                    break;
                default:
                    ScriptToken();
                    break;
            }
        }

        if (_frames.Any(f => f is not Frame.Brace))
        {
            throw new JsLexException(_frames.Contains(Frame.TemplateSubstitution) ? "unterminated template literal" : "unterminated JSX element", _line);
        }
    }

    private void ScriptToken()
    {
        var c = _text[_pos];
        if (IsWhitespace(c))
        {
            _pos++;
            return;
        }

        if (c == '/' && At(1) == '/')
        {
            LineComment();
            return;
        }

        if (c == '/' && At(1) == '*')
        {
            BlockComment();
            return;
        }

        var start = _pos;
        if (IsIdentifierStart(c) || c == '#' && IsIdentifierStart(At(1)))
        {
            _pos++;
            while (_pos < _text.Length && IsIdentifierPart(_text[_pos]))
            {
                _pos++;
            }

            Emit(c == '#' ? JsTokenKind.PrivateName : JsTokenKind.Identifier, start);
            return;
        }

        if (char.IsAsciiDigit(c) || c == '.' && char.IsAsciiDigit(At(1)))
        {
            Number(start);
            return;
        }

        switch (c)
        {
            case '"' or '\'':
                QuotedString(start, c, escapes: true);
                return;
            case '`':
                _pos++;
                TemplateRest(start, head: true);
                return;
            case '{':
                _frames.Add(Frame.Brace);
                _pos++;
                Emit(JsTokenKind.Punctuator, start);
                return;
            case '}':
                CloseBrace(start);
                return;
            case '/' when RegexAllowed() && TryRegex(start):
                return;
            case '<' when _jsx && RegexAllowed() && (IsIdentifierStart(At(1)) || At(1) == '>'):
                _pos++;
                Emit(JsTokenKind.Punctuator, start);
                _frames.Add(Frame.JsxTag);
                return;
        }

        foreach (var punctuator in Punctuators)
        {
            if (string.CompareOrdinal(_text, _pos, punctuator, 0, punctuator.Length) == 0 && !(punctuator == "?." && char.IsAsciiDigit(At(2))))
            {
                _pos += punctuator.Length;
                Emit(JsTokenKind.Punctuator, start);
                return;
            }
        }

        _pos++;
        Emit(JsTokenKind.Punctuator, start);
    }

    private void CloseBrace(int start)
    {
        var frame = Top;
        if (frame is not null)
        {
            _frames.RemoveAt(_frames.Count - 1);
        }

        if (frame == Frame.TemplateSubstitution)
        {
            _pos++;
            TemplateRest(start, head: false);
            return;
        }

        _pos++;
        Emit(JsTokenKind.Punctuator, start);
    }

    /// <summary>Reads a template from after its opening backtick or <c>}</c> to the next <c>${</c> or closing backtick.</summary>
    private void TemplateRest(int start, bool head)
    {
        while (_pos < _text.Length)
        {
            var c = _text[_pos];
            if (c == '\\')
            {
                _pos += 2;
                continue;
            }

            if (c == '`')
            {
                _pos++;
                Emit(head ? JsTokenKind.Template : JsTokenKind.TemplateTail, start);
                return;
            }

            if (c == '$' && At(1) == '{')
            {
                _pos += 2;
                Emit(head ? JsTokenKind.TemplateHead : JsTokenKind.TemplateMiddle, start);
                _frames.Add(Frame.TemplateSubstitution);
                return;
            }

            _pos++;
        }

        throw new JsLexException("unterminated template literal", LineOf(start));
    }

    private void QuotedString(int start, char quote, bool escapes)
    {
        _pos++;
        while (_pos < _text.Length)
        {
            var c = _text[_pos];
            if (c == quote)
            {
                _pos++;
                Emit(JsTokenKind.String, start);
                return;
            }

            if (escapes && c == '\\')
            {
                _pos += At(1) == '\r' && At(2) == '\n' ? 3 : 2;
                continue;
            }

            if (escapes && c is '\n' or '\r')
            {
                break;
            }

            _pos++;
        }

        throw new JsLexException("unterminated string literal", LineOf(start));
    }

    private void Number(int start)
    {
        var hex = _text[_pos] == '0' && At(1) is 'x' or 'X' or 'b' or 'B' or 'o' or 'O';
        _pos++;
        while (_pos < _text.Length)
        {
            var c = _text[_pos];
            if (char.IsAsciiLetterOrDigit(c) || c is '_' or '.' || c is '+' or '-' && !hex && _text[_pos - 1] is 'e' or 'E')
            {
                _pos++;
                continue;
            }

            break;
        }

        Emit(JsTokenKind.Number, start);
    }

    /// <summary>A regex literal ends on its line; when it does not, the slash was division after all.</summary>
    private bool TryRegex(int start)
    {
        var i = _pos + 1;
        var inClass = false;
        while (i < _text.Length)
        {
            var c = _text[i];
            if (c is '\n' or '\r')
            {
                return false;
            }

            if (c == '\\')
            {
                i += 2;
                continue;
            }

            if (c == '[')
            {
                inClass = true;
            }
            else if (c == ']')
            {
                inClass = false;
            }
            else if (c == '/' && !inClass)
            {
                break;
            }

            i++;
        }

        if (i >= _text.Length || i == _pos + 1)
        {
            return false;
        }

        i++;
        while (i < _text.Length && char.IsAsciiLetter(_text[i]))
        {
            i++;
        }

        _pos = i;
        Emit(JsTokenKind.Regex, start);
        return true;
    }

    /// <summary>True where an expression may start: a slash opens a regex there and a <c>&lt;</c> a JSX element.</summary>
    private bool RegexAllowed()
    {
        if (_afterJsxElement || _previous is not { } previous)
        {
            return !_afterJsxElement;
        }

        return previous.Kind switch
        {
            JsTokenKind.Identifier => RegexAfterKeywords.Contains(previous.Text),
            JsTokenKind.Punctuator => previous.Text is not (")" or "]" or "++" or "--"),
            JsTokenKind.JsxText => true,
            _ => false,
        };
    }

    private void LineComment()
    {
        var start = _pos;
        while (_pos < _text.Length && _text[_pos] is not ('\n' or '\r'))
        {
            _pos++;
        }

        Emit(JsTokenKind.LineComment, start);
    }

    private void BlockComment()
    {
        var start = _pos;
        var end = _text.IndexOf("*/", _pos + 2, StringComparison.Ordinal);
        if (end < 0)
        {
            throw new JsLexException("unterminated block comment", LineOf(start));
        }

        _pos = end + 2;
        Emit(JsTokenKind.BlockComment, start);
    }

    private void JsxTagToken()
    {
        var c = _text[_pos];
        var start = _pos;
        if (IsWhitespace(c))
        {
            _pos++;
            return;
        }

        if (c == '/' && At(1) == '*')
        {
            BlockComment();
            return;
        }

        if (c == '/' && At(1) == '>')
        {
            _pos += 2;
            Emit(JsTokenKind.Punctuator, start);
            _frames.RemoveAt(_frames.Count - 1);
            ElementEnded();
            return;
        }

        if (c == '/' && _previous is { Text: "<" })
        {
            _frames[^1] = Frame.JsxClosingTag;
            _pos++;
            Emit(JsTokenKind.Punctuator, start);
            return;
        }

        if (c == '>')
        {
            _pos++;
            Emit(JsTokenKind.Punctuator, start);
            var closing = _frames[^1] == Frame.JsxClosingTag;
            _frames.RemoveAt(_frames.Count - 1);
            if (!closing)
            {
                _frames.Add(Frame.JsxChildren);
                return;
            }

            // The closing tag ends the children of its element.
            if (Top == Frame.JsxChildren)
            {
                _frames.RemoveAt(_frames.Count - 1);
            }

            ElementEnded();
            return;
        }

        if (c == '{')
        {
            _pos++;
            Emit(JsTokenKind.Punctuator, start);
            _frames.Add(Frame.JsxExpression);
            return;
        }

        if (c is '"' or '\'')
        {
            QuotedString(start, c, escapes: false);
            return;
        }

        if (IsIdentifierStart(c))
        {
            while (_pos < _text.Length && (IsIdentifierPart(_text[_pos]) || _text[_pos] == '-'))
            {
                _pos++;
            }

            Emit(JsTokenKind.Identifier, start);
            return;
        }

        _pos++;
        Emit(JsTokenKind.Punctuator, start);
    }

    private void JsxChildrenToken()
    {
        var start = _pos;
        while (_pos < _text.Length && _text[_pos] is not ('{' or '<'))
        {
            _pos++;
        }

        if (_pos > start && !_text.AsSpan(start, _pos - start).IsWhiteSpace())
        {
            Emit(JsTokenKind.JsxText, start);
        }

        if (_pos >= _text.Length)
        {
            return;
        }

        start = _pos;
        _pos++;
        Emit(JsTokenKind.Punctuator, start);
        _frames.Add(_text[start] == '{' ? Frame.JsxExpression : Frame.JsxTag);
    }

    /// <summary>After an element closes we are back in its parent's children, or in script after an expression.</summary>
    private void ElementEnded() => _afterJsxElement = Top != Frame.JsxChildren;

    private void Emit(JsTokenKind kind, int start)
    {
        var token = new JsToken(kind, _text[start.._pos], start, LineOf(start), start - _lineStart + 1);
        _tokens.Add(token);
        if (kind is not (JsTokenKind.LineComment or JsTokenKind.BlockComment))
        {
            _previous = token;
            _afterJsxElement = false;
        }
    }

    /// <summary>Line numbers are counted incrementally: tokens arrive in source order.</summary>
    private int LineOf(int offset)
    {
        for (; _counted < offset; _counted++)
        {
            if (_text[_counted] == '\n')
            {
                _line++;
                _lineStart = _counted + 1;
            }
        }

        return _line;
    }

    private static bool IsWhitespace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\v' or '\f' or '\u00a0' or '\ufeff' or '\u2028' or '\u2029';

    private static bool IsIdentifierStart(char c) => char.IsLetter(c) || c is '$' or '_' or '\\';

    private static bool IsIdentifierPart(char c) => char.IsLetterOrDigit(c) || c is '$' or '_' or '\u200c' or '\u200d';
}
