using Rampart.Code.Lexing.Python;

namespace Rampart.Tests.Code.Lexing.Python;

public sealed class PythonLexerTests
{
    private static List<PythonToken> Significant(string source) =>
        PythonLexer.Tokenize(source).Tokens.Where(t => t.Kind is not (PythonTokenKind.EndOfFile)).ToList();

    [Theory]
    [InlineData("x = 'a'\n", "a", "")]
    [InlineData("x = \"a\\\"b\"\n", "a\"b", "")]
    [InlineData("x = r'\\d+\\''\n", "\\d+\\'", "r")]
    [InlineData("x = b'raw'\n", "raw", "b")]
    [InlineData("x = Rb'\\x00'\n", "\\x00", "rb")]
    [InlineData("x = u'text'\n", "text", "u")]
    [InlineData("x = '''one\n'two'\n'''\n", "one\n'two'\n", "")]
    [InlineData("x = \"\"\"a \"quoted\" b\"\"\"\n", "a \"quoted\" b", "")]
    [InlineData("x = f'{a}/{b!r:>{width}}'\n", "{a}/{b!r:>{width}}", "f")]
    [InlineData("x = fr'{path}\\d'\n", "{path}\\d", "fr")]
    public void Every_string_form_is_one_token_with_its_value_and_prefix(string source, string value, string prefix)
    {
        var strings = Significant(source).Where(t => t.Kind == PythonTokenKind.String).ToList();

        var token = Assert.Single(strings);
        Assert.Equal(value, token.Value);
        Assert.Equal(prefix, token.Prefix);
    }

    [Fact]
    public void F_strings_hold_nested_braces_and_quotes_of_any_kind()
    {
        var source = "x = f\"{d['k']} {f'{y + \"}\"}'} {{literal}} {[1, {2: 3}][0]}\"\ny = 1\n";

        var tokens = Significant(source);

        Assert.Single(tokens, t => t.Kind == PythonTokenKind.String);
        Assert.Contains(tokens, t => t.IsName("y") && t.Line == 2);
    }

    [Fact]
    public void Indentation_gives_indent_and_dedent_and_newlines_only_at_logical_line_ends()
    {
        var source = "def f(a,\n      b):\n    if a:\n        return [\n            1,\n        ]\n    return b \\\n        + 1\nx = 2\n";

        var kinds = Significant(source).Select(t => t.Kind).ToList();

        Assert.Equal(2, kinds.Count(k => k == PythonTokenKind.Indent));
        Assert.Equal(2, kinds.Count(k => k == PythonTokenKind.Dedent));
        Assert.Equal(5, kinds.Count(k => k == PythonTokenKind.Newline));
    }

    [Fact]
    public void Blank_and_comment_only_lines_do_not_change_indentation()
    {
        var source = "class A:\n    x = 1\n\n# a comment at column 0\n    y = 2\n";

        var tokens = PythonLexer.Tokenize(source);

        Assert.Equal(1, tokens.Tokens.Count(t => t.Kind == PythonTokenKind.Dedent));
        Assert.Equal("# a comment at column 0", Assert.Single(tokens.Comments).Text);
        Assert.DoesNotContain(tokens.Tokens, t => t.Kind == PythonTokenKind.Comment);
    }

    [Fact]
    public void Tokens_carry_line_and_column_and_decorators_are_operators()
    {
        var tokens = Significant("\n\n@router.get(\"/x\")\nasync def f(): pass\n");

        var at = tokens.First(t => t.Is("@"));
        Assert.Equal((3, 1), (at.Line, at.Column));
        var path = tokens.First(t => t.Kind == PythonTokenKind.String);
        Assert.Equal((3, 13), (path.Line, path.Column));
        Assert.Equal(4, tokens.First(t => t.IsName("def")).Line);
    }

    [Fact]
    public void A_hash_inside_a_string_is_not_a_comment()
    {
        var tokens = PythonLexer.Tokenize("url = '/a#b'  # real\n");

        Assert.Equal("# real", Assert.Single(tokens.Comments).Text);
        Assert.Equal("/a#b", tokens.Tokens.Single(t => t.Kind == PythonTokenKind.String).Value);
    }

    [Fact]
    public void Brackets_are_matched()
    {
        var tokens = PythonLexer.Tokenize("f(a[1], {2: (3)})\n");

        var open = tokens.Tokens.ToList().FindIndex(t => t.Is("("));
        Assert.Equal(")", tokens[tokens.Match(open)].Text);
        Assert.Equal(tokens.Count - 3, tokens.Match(open));
    }

    [Theory]
    [InlineData("x = 'open\ny = 1\n")]
    [InlineData("x = '''never closed\n")]
    [InlineData("x = f'{a'\n")]
    public void Unterminated_strings_are_lex_errors_with_a_line(string source)
    {
        var error = Assert.Throws<PythonLexException>(() => PythonLexer.Tokenize(source));

        Assert.Equal(1, error.Line);
    }

    [Fact]
    public void Numbers_keep_exponents_and_underscores()
    {
        var numbers = Significant("a = 1_000 + 2.5e-3 + 0x1F + 3j\n").Where(t => t.Kind == PythonTokenKind.Number).Select(t => t.Text);

        Assert.Equal(["1_000", "2.5e-3", "0x1F", "3j"], numbers);
    }
}
