using Rampart.Code.Lexing.JavaScript;

namespace Rampart.Tests.Code.Lexing.JavaScript;

/// <summary>The token forms a line-based reader gets wrong: nested templates, regex vs division, JSX text, comments.</summary>
public sealed class JsLexerTests
{
    private static List<JsToken> Code(string text, bool jsx = false) => JsLexer.Lex(text, jsx).Where(t => !t.IsComment).ToList();

    [Fact]
    public void Nested_templates_are_head_middle_tail_with_their_substitutions_as_tokens()
    {
        var tokens = Code("const s = `a${`b${c}d`}e${f}g`;");

        Assert.Equal(
            ["TemplateHead `a${", "TemplateHead `b${", "Identifier c", "TemplateTail }d`", "TemplateMiddle }e${", "Identifier f", "TemplateTail }g`"],
            tokens.Skip(3).Take(7).Select(t => $"{t.Kind} {t.Text}"));
    }

    [Fact]
    public void Braces_inside_a_substitution_do_not_end_it()
    {
        var tokens = Code("`x${ {a: 1}.a }y`");

        Assert.Equal(JsTokenKind.TemplateTail, tokens[^1].Kind);
        Assert.Equal("}y`", tokens[^1].Text);
    }

    [Theory]
    [InlineData("x = a / b / c;", 0)]
    [InlineData("x = /ab+c/gi.test(s);", 1)]
    [InlineData("return /[/]x/.test(s);", 1)]
    [InlineData("f(a) / 2 / g(b)", 0)]
    [InlineData("if (ok) x = y.replace(/\"/g, '');", 1)]
    public void Regex_literals_are_told_from_division(string source, int regexes) =>
        Assert.Equal(regexes, Code(source).Count(t => t.Kind == JsTokenKind.Regex));

    [Fact]
    public void Comments_are_kept_as_tokens_with_their_line()
    {
        var all = JsLexer.Lex("a();\n// router.use(auth)\n/* b\n c */ d();", jsx: false);

        var comments = all.Where(t => t.IsComment).ToList();
        Assert.Equal([(2, "// router.use(auth)"), (3, "/* b\n c */")], comments.Select(c => (c.Line, c.Text)));
        Assert.Equal(4, all.Single(t => t.Text == "d").Line);
    }

    [Fact]
    public void Strings_hide_code_and_keep_escapes()
    {
        var tokens = Code("x = \"app.get('/a', h) \\\" // no\" + 'it\\'s';");

        Assert.Equal(["app.get('/a', h) \" // no", "it's"], tokens.Where(t => t.Kind == JsTokenKind.String).Select(JsStrings.Value));
        Assert.DoesNotContain(tokens, t => t.Text == "get");
    }

    [Fact]
    public void Jsx_text_is_one_token_and_expressions_inside_are_code()
    {
        var tokens = Code("const v = <p className=\"a\">Call app.get('/x') // here {n / 2} done</p>;\nconst r = a / b;", jsx: true);

        Assert.Contains(tokens, t => t.Kind == JsTokenKind.JsxText && t.Text.Contains("app.get('/x') // here", StringComparison.Ordinal));
        Assert.Contains(tokens, t => t.Kind == JsTokenKind.Identifier && t.Text == "n");
        Assert.DoesNotContain(tokens, t => t.Kind == JsTokenKind.Regex);
        Assert.Equal(2, tokens.Single(t => t.Text == "r").Line);
    }

    [Fact]
    public void Nested_jsx_elements_and_self_closing_tags_return_to_code()
    {
        var tokens = Code("return (<ul>{items.map(i => <li key={i}><b>{i}</b> item</li>)}<br/></ul>);\nx = 1 / 2;", jsx: true);

        Assert.Equal([")", ";", "x", "=", "1", "/", "2", ";"], tokens.TakeLast(8).Select(t => t.Text));
        Assert.Equal(JsTokenKind.JsxText, tokens.Single(t => t.Text == " item").Kind);
        Assert.DoesNotContain(tokens, t => t.Kind == JsTokenKind.Regex);
    }

    [Fact]
    public void Decorators_are_an_at_sign_and_a_name()
    {
        var tokens = Code("@UseGuards(JwtAuthGuard)\n@Get(':id') find() {}");

        Assert.Equal(["@", "UseGuards", "(", "JwtAuthGuard", ")", "@", "Get"], tokens.Take(7).Select(t => t.Text));
        Assert.Equal((2, 1), (tokens[5].Line, tokens[5].Column));
    }

    [Theory]
    [InlineData("const s = 'open;")]
    [InlineData("/* never closed")]
    [InlineData("const t = `a${b}")]
    public void Unterminated_forms_throw_with_the_line(string source) =>
        Assert.Throws<JsLexException>(() => JsLexer.Lex(source, jsx: false));

    [Fact]
    public void Unbalanced_brackets_are_a_parse_error()
    {
        Assert.Throws<JsLexException>(() => JsSyntax.Parse("f(a, b];", "x.ts"));
        Assert.Equal(7, JsSyntax.Parse("f(a, [b]);", "x.ts").Partner(1));
    }
}
