namespace Rampart.Code.Lexing.JavaScript;

/// <summary>One token: its kind, its source text and where it starts (offset, 1-based line and column).</summary>
public readonly record struct JsToken(JsTokenKind Kind, string Text, int Start, int Line, int Column)
{
    public int End => Start + Text.Length;

    public bool IsComment => Kind is JsTokenKind.LineComment or JsTokenKind.BlockComment;

    public bool Is(string text) => Kind is JsTokenKind.Identifier or JsTokenKind.Punctuator && Text == text;

    public bool IsPunct(string text) => Kind == JsTokenKind.Punctuator && Text == text;

    /// <summary>A string or substitution-free template literal, whose value is known at compile time.</summary>
    public bool IsStringLiteral => Kind is JsTokenKind.String or JsTokenKind.Template;

    public override string ToString() => $"{Kind} {Text} @{Line}:{Column}";
}
