namespace Rampart.Code.Analysis.Python;

/// <summary>
/// The request attributes that hold caller data, for Flask (<c>request.args</c>, <c>get_json()</c>),
/// Starlette/FastAPI (<c>request.query_params</c>, <c>await request.json()</c>) and Django/DRF
/// (<c>request.GET</c>, <c>request.data</c>, <c>self.kwargs</c>).
/// </summary>
internal static class PyRequestSources
{
    private sealed record Attribute(string? Whole, bool Structured);

    private static readonly Dictionary<string, Attribute> Attributes = new(StringComparer.Ordinal)
    {
        ["args"] = new("query string", false),
        ["form"] = new("form", false),
        ["json"] = new("body", true),
        ["get_json"] = new("body", true),
        ["values"] = new("form and query string", false),
        ["headers"] = new("headers", false),
        ["cookies"] = new("cookies", false),
        ["files"] = new(null, false),
        ["data"] = new("body", true),
        ["get_data"] = new("body", false),
        ["stream"] = new("body", false),
        ["view_args"] = new(null, false),
        ["query_params"] = new("query string", false),
        ["path_params"] = new(null, false),
        ["body"] = new("body", false),
        ["GET"] = new("query string", false),
        ["POST"] = new("form", false),
        ["COOKIES"] = new("cookies", false),
        ["FILES"] = new(null, false),
        ["META"] = new("headers", false),
        ["query_string"] = new("query string", false),
        ["environ"] = new("headers", false),
    };

    /// <summary>The taint of <c>request.args</c>, <c>self.request.GET</c>, <c>self.kwargs</c>...; null for anything else.</summary>
    public static PyTaint? Match(string dotted)
    {
        if (dotted.StartsWith("self.", StringComparison.Ordinal))
        {
            dotted = dotted[5..];
            if (dotted == "kwargs")
            {
                return new PyTaint("self.kwargs", Whole: "URL parameters");
            }
        }

        var parts = dotted.Split('.');
        if (parts.Length != 2 || parts[0] != "request" || !Attributes.TryGetValue(parts[1], out var attribute))
        {
            return null;
        }

        return new PyTaint(dotted, attribute.Structured, Whole: attribute.Whole);
    }

    /// <summary>The whole-collection reads that put secrets in the log when logged as they are.</summary>
    public static bool IsLoggedWholeKind(string? whole) => whole is "body" or "headers" or "cookies" or "form" or "form and query string";
}
