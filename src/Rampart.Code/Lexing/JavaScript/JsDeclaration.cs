namespace Rampart.Code.Lexing.JavaScript;

/// <summary>
/// A named binding of a file: <c>const name = init</c> (init is the token range [InitStart, InitEnd)),
/// <c>function name() {}</c> or <c>class name {}</c> (Function or the class body range).
/// </summary>
public sealed record JsDeclaration(string Name, int NameIndex, int InitStart, int InitEnd)
{
    public JsFunction? Function { get; init; }
}
