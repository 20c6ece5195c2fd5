namespace Rampart.Code.Lexing.JavaScript;

/// <summary>
/// What a module exports under one name: a local binding, an expression (token range
/// [Start, End), e.g. <c>export default withAuth(handler)</c>) or another module's export.
/// </summary>
public sealed record JsExport(string Name, int Line)
{
    public string? LocalName { get; init; }

    public int Start { get; init; } = -1;

    public int End { get; init; } = -1;

    public JsImport? ReExport { get; init; }
}
