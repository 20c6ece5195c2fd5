namespace Rampart.Code.Routes.JavaScript.Express;

/// <summary>
/// One <c>use</c> or route call on a router, in source order. <see cref="Items"/> are the token
/// ranges of the arguments after the path; <see cref="MethodIndex"/> is the method name token.
/// </summary>
internal sealed record ExpressRegistration(JsFile File, int MethodIndex, string Method, IReadOnlyList<string> Paths, IReadOnlyList<(int Start, int End)> Items)
{
    public bool IsUse => Method == "USE";

    /// <summary>Why the path or the registration is not known statically (computed path, loop); null when it is.</summary>
    public string? UnknownReason { get; init; }
}
