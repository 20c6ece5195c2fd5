namespace Rampart.Code.Lexing.JavaScript;

/// <summary>
/// A function: its name when it has one, its parameter names, and its body as a token range
/// [BodyStart, BodyEnd) — the braces included for a block body, the expression for a concise arrow body.
/// </summary>
public sealed record JsFunction(string? Name, int Start, IReadOnlyList<string> Parameters, int BodyStart, int BodyEnd)
{
    public bool HasBlockBody { get; init; }

    /// <summary>True when the body starts with a <c>"use server"</c> directive.</summary>
    public bool IsServerAction { get; init; }
}
