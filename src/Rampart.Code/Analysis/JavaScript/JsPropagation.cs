namespace Rampart.Code.Analysis.JavaScript;

/// <summary>
/// What carries request data on and what does not: members of a tainted value, methods that answer
/// a boolean, functions and methods that build a string or an object from their arguments, and
/// validators that keep the content but fix the shape.
/// </summary>
internal static class JsPropagation
{
    public static readonly IReadOnlySet<string> BooleanMethods = new HashSet<string>(StringComparer.Ordinal) { "includes", "startsWith", "endsWith", "has", "test", "some", "every", "indexOf", "lastIndexOf", "findIndex", "localeCompare", "equals", "isValid", "isEmpty", "hasOwnProperty" };

    public static readonly IReadOnlySet<string> FreePropagators = new HashSet<string>(StringComparer.Ordinal) { "String", "decodeURIComponent", "decodeURI", "encodeURI", "unescape", "atob", "btoa", "format", "sprintf", "vsprintf", "join", "resolve" };

    public static readonly IReadOnlySet<string> MemberPropagators = new HashSet<string>(StringComparer.Ordinal)
    {
        "path.join", "path.resolve", "path.normalize", "path.posix.join", "path.win32.join", "path.posix.resolve", "util.format", "JSON.stringify", "Buffer.from", "Array.from", "url.resolve", "url.parse", "Object.values", "Object.entries", "String.raw",
    };

    public static readonly IReadOnlySet<string> ObjectBuilders = new HashSet<string>(StringComparer.Ordinal) { "JSON.parse", "qs.parse", "querystring.parse", "Object.assign", "structuredClone" };

    public static readonly IReadOnlySet<string> Validators = new HashSet<string>(StringComparer.Ordinal) { "parse", "parseAsync", "validate", "validateSync", "validateAsync", "cast", "safeParse", "safeParseAsync", "assert" };

    public static readonly IReadOnlySet<string> StringMethodsOnLiterals = new HashSet<string>(StringComparer.Ordinal) { "concat", "replace", "replaceAll", "format" };

    /// <summary>A member of a tainted value: the request's sources for a request, the same origin for data, nothing for <c>.length</c>.</summary>
    public static JsTaint? Member(JsTaint? value, string name)
    {
        if (value is null || name is "length" or "size")
        {
            return null;
        }

        if (value.IsRequest)
        {
            return JsRequestSources.Member(value, name);
        }

        // An upload's server-side name and path are chosen by multer, not by the caller (originalname is).
        if ((value.Source.EndsWith(".file", StringComparison.Ordinal) || value.Source.Contains(".files", StringComparison.Ordinal)) && name is "path" or "filename" or "destination" or "size" or "buffer")
        {
            return null;
        }

        return value with { Source = value.Source + "." + name, Whole = false };
    }
}
