namespace Rampart.Code.Analysis.JavaScript;

/// <summary>A function, arrow or method of a file: its name when known, its parameters and its body as a token range.</summary>
internal sealed record JsCodeFunction(string? Name, int Start, IReadOnlyList<JsParameter> Parameters, int BodyStart, int BodyEnd)
{
    /// <summary>True for a concise arrow body (an expression, not a block).</summary>
    public bool IsExpressionBody { get; init; }

    /// <summary>True when the body starts with <c>"use server"</c>.</summary>
    public bool IsServerAction { get; init; }

    public bool Contains(int index) => index >= Start && index < BodyEnd;
}
