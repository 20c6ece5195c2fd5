using Rampart.Code.Lexing.JavaScript;

namespace Rampart.Code.Routes.JavaScript;

/// <summary>
/// What a name resolved to: an expression in some file (token range [Start, End)), the function it
/// is when it is one, and the declared name. <see cref="Namespace"/> is a whole module (<c>import * as x</c>).
/// </summary>
internal sealed record JsValue(JsFile File, string Name, int Start, int End, JsFunction? Function)
{
    public bool Namespace { get; init; }
}
