namespace Rampart.Code.Analysis.Python;

/// <summary>
/// A value that carries request data. <see cref="Source"/> is how the code read it
/// (<c>request.args.get("q")</c>, <c>query parameter q</c>); the flags say what the value can be.
/// </summary>
/// <param name="Source">The request expression or parameter the value came from, for messages.</param>
/// <param name="Structured">Can be an object or list (JSON bodies): what NoSQL operator injection needs.</param>
/// <param name="HostControlled">The request data can decide the start of the string (scheme and host of a URL).</param>
/// <param name="Whole">"body", "headers", "cookies"...: the whole collection, no field taken out yet.</param>
/// <param name="Literal">Literal text the value was built with (SQL keywords are looked for in it).</param>
/// <param name="Built">Went through string building (f-string, %, format, +, join).</param>
internal sealed record PyTaint(string Source, bool Structured = false, bool HostControlled = true, string? Whole = null, string Literal = "", bool Built = false)
{
    /// <summary>The source for a message: code in backticks (<c>`request.args["q"]`</c>), a description as written (query parameter `q`).</summary>
    public string Display => Quote(Source);

    public static string Quote(string text) => text.Contains('`', StringComparison.Ordinal) ? text : $"`{text}`";

    /// <summary>A field taken out of the value (<c>x["a"]</c>, <c>x.get("a")</c>): no longer the whole collection.</summary>
    public PyTaint Field(string source) => this with { Whole = null, Source = Whole is null ? Source : source };

    public static PyTaint? Union(PyTaint? a, PyTaint? b)
    {
        if (a is null || b is null)
        {
            return a ?? b;
        }

        return a with
        {
            Structured = a.Structured || b.Structured,
            HostControlled = a.HostControlled || b.HostControlled,
            Literal = Append(a.Literal, b.Literal),
            Built = a.Built || b.Built,
        };
    }

    public static string Append(string a, string b)
    {
        var joined = a + b;
        return joined.Length > 400 ? joined[..400] : joined;
    }
}
