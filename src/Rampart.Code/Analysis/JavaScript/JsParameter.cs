namespace Rampart.Code.Analysis.JavaScript;

/// <summary>
/// One parameter: its name (null for a destructuring pattern), the token range of the name or
/// pattern, and its last decorator (<c>Body</c> of <c>@Body('email')</c>) with the decorator's string argument.
/// </summary>
internal sealed record JsParameter(string? Name, int Start, int End)
{
    public string? Decorator { get; init; }

    public string? DecoratorArgument { get; init; }
}
