namespace Rampart.Code.Lexing.Python;

/// <summary>The token kinds of Python's tokenizer that structural matching needs.</summary>
public enum PythonTokenKind
{
    Name,
    Number,

    /// <summary>Any string literal: quotes, triple quotes, every prefix (r, b, u, f, rb, fr...).</summary>
    String,

    /// <summary>Operators and punctuation: <c>( ) [ ] { } , : . ; @ = -> **=</c>...</summary>
    Op,

    /// <summary>End of a logical line (never emitted inside brackets or after a backslash continuation).</summary>
    Newline,
    Indent,
    Dedent,

    /// <summary>A <c>#</c> comment; kept in <see cref="PythonTokens.Comments"/>, not in the token list.</summary>
    Comment,
    EndOfFile,
}
