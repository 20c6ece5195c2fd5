namespace Rampart.Code.Analysis.JavaScript;

/// <summary>A secret read from the query string: the parameter name, what kind of secret it is, the token it is read at, and (once known) its file.</summary>
internal sealed record JsQuerySecret(string Parameter, string Kind, int Index)
{
    public string Path { get; init; } = "";

    public int Line { get; init; }
}
