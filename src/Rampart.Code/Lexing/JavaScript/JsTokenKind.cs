namespace Rampart.Code.Lexing.JavaScript;

/// <summary>What a JavaScript/TypeScript token is. Keywords are <see cref="Identifier"/>s: the matchers compare text.</summary>
public enum JsTokenKind
{
    Identifier,

    /// <summary><c>#field</c> of a class.</summary>
    PrivateName,

    Punctuator,

    /// <summary>A quoted string (also a JSX attribute string).</summary>
    String,

    /// <summary>A template literal without substitutions: <c>`text`</c>.</summary>
    Template,

    /// <summary>The part of a template up to the first <c>${</c>.</summary>
    TemplateHead,

    /// <summary>The part between two substitutions: <c>}text${</c>.</summary>
    TemplateMiddle,

    /// <summary>The part after the last substitution: <c>}text`</c>.</summary>
    TemplateTail,

    Number,

    Regex,

    LineComment,

    BlockComment,

    /// <summary>Text between JSX tags.</summary>
    JsxText,
}
