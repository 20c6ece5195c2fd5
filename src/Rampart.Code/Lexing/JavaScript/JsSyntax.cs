namespace Rampart.Code.Lexing.JavaScript;

/// <summary>
/// The code tokens of one file (comments kept aside) with every bracket paired: <c>()</c>,
/// <c>[]</c>, <c>{}</c> and template head/tail. The structural matchers walk this instead of text.
/// </summary>
public sealed class JsSyntax
{
    private readonly int[] _partner;
    private readonly int[] _parent;

    private JsSyntax(IReadOnlyList<JsToken> tokens, IReadOnlyList<JsToken> comments)
    {
        Tokens = tokens;
        Comments = comments;
        _partner = new int[tokens.Count];
        _parent = new int[tokens.Count];
        Pair();
    }

    public IReadOnlyList<JsToken> Tokens { get; }

    public IReadOnlyList<JsToken> Comments { get; }

    public int Count => Tokens.Count;

    public JsToken this[int index] => Tokens[index];

    /// <summary>Lexes and pairs brackets; JSX is read in .js/.jsx/.tsx files (never in .ts, where <c>&lt;T&gt;x</c> is a cast).</summary>
    public static JsSyntax Parse(string text, string path)
    {
        var jsx = !path.EndsWith(".ts", StringComparison.OrdinalIgnoreCase) && !path.EndsWith(".mts", StringComparison.OrdinalIgnoreCase) && !path.EndsWith(".cts", StringComparison.OrdinalIgnoreCase);
        var all = JsLexer.Lex(text, jsx);
        return new JsSyntax(all.Where(t => !t.IsComment).ToList(), all.Where(t => t.IsComment).ToList());
    }

    public bool Is(int index, string text) => index >= 0 && index < Tokens.Count && Tokens[index].Is(text);

    public bool IsIdentifier(int index) => index >= 0 && index < Tokens.Count && Tokens[index].Kind == JsTokenKind.Identifier;

    /// <summary>The matching bracket of an opening or closing bracket; -1 for other tokens.</summary>
    public int Partner(int index) => _partner[index];

    /// <summary>The innermost opening bracket around a token; -1 at top level.</summary>
    public int Parent(int index) => _parent[index];

    /// <summary>The opening brackets around a token, innermost first.</summary>
    public IEnumerable<int> Ancestors(int index)
    {
        for (var open = _parent[index]; open >= 0; open = _parent[open])
        {
            yield return open;
        }
    }

    /// <summary>The comma-separated items between an opening bracket and its partner, as [start, end) ranges.</summary>
    public IReadOnlyList<(int Start, int End)> Items(int open)
    {
        var close = _partner[open];
        var items = new List<(int, int)>();
        if (close <= open + 1)
        {
            return items;
        }

        var start = open + 1;
        for (var i = open + 1; i < close; i++)
        {
            if (_partner[i] > i)
            {
                i = _partner[i];
                continue;
            }

            if (Tokens[i].IsPunct(","))
            {
                items.Add((start, i));
                start = i + 1;
            }
        }

        if (start < close)
        {
            items.Add((start, close));
        }

        return items;
    }

    /// <summary>The value of a single string literal spanning exactly [start, end); null otherwise.</summary>
    public string? StringAt(int start, int end) => end == start + 1 && Tokens[start].IsStringLiteral ? JsStrings.Value(Tokens[start]) : null;

    /// <summary>A dotted name (<c>a.b.c</c>) spanning exactly [start, end); null otherwise.</summary>
    public string? DottedNameAt(int start, int end)
    {
        if (end <= start || (end - start) % 2 == 0)
        {
            return null;
        }

        for (var i = start; i < end; i++)
        {
            var expected = (i - start) % 2 == 0 ? Tokens[i].Kind == JsTokenKind.Identifier : Tokens[i].Text is "." or "?.";
            if (!expected)
            {
                return null;
            }
        }

        return string.Concat(Enumerable.Range(start, end - start).Select(i => Tokens[i].Text is "?." ? "." : Tokens[i].Text));
    }

    /// <summary>The source text of a token range, tokens joined by single spaces where they were apart.</summary>
    public string TextOf(int start, int end)
    {
        var parts = new System.Text.StringBuilder();
        for (var i = start; i < end; i++)
        {
            if (i > start && Tokens[i].Start > Tokens[i - 1].End)
            {
                parts.Append(' ');
            }

            parts.Append(Tokens[i].Text);
        }

        return parts.ToString();
    }

    private void Pair()
    {
        var stack = new Stack<int>();
        for (var i = 0; i < Tokens.Count; i++)
        {
            _partner[i] = -1;
            _parent[i] = stack.Count > 0 ? stack.Peek() : -1;
            var token = Tokens[i];
            if (token.Kind == JsTokenKind.TemplateHead || token.Kind == JsTokenKind.Punctuator && token.Text is "(" or "[" or "{")
            {
                stack.Push(i);
                continue;
            }

            var closes = token.Kind == JsTokenKind.TemplateTail || token.Kind == JsTokenKind.Punctuator && token.Text is ")" or "]" or "}";
            if (!closes)
            {
                continue;
            }

            if (stack.Count == 0 || !Matches(Tokens[stack.Peek()], token))
            {
                throw new JsLexException($"unbalanced '{token.Text}'", token.Line);
            }

            var open = stack.Pop();
            _partner[open] = i;
            _partner[i] = open;
            _parent[i] = _parent[open];
        }

        if (stack.Count > 0)
        {
            throw new JsLexException($"unclosed '{Tokens[stack.Peek()].Text}'", Tokens[stack.Peek()].Line);
        }
    }

    private static bool Matches(JsToken open, JsToken close) => (open.Text, close.Kind) switch
    {
        ("(", JsTokenKind.Punctuator) => close.Text == ")",
        ("[", JsTokenKind.Punctuator) => close.Text == "]",
        ("{", JsTokenKind.Punctuator) => close.Text == "}",
        (_, JsTokenKind.TemplateTail) => open.Kind == JsTokenKind.TemplateHead,
        _ => false,
    };
}
