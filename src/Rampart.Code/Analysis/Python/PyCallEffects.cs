namespace Rampart.Code.Analysis.Python;

/// <summary>What a call does to request data in its arguments.</summary>
internal enum PyCallEffect
{
    /// <summary>A library call not listed: its result is not followed (it validates, looks up or computes something else).</summary>
    Unknown,

    /// <summary>The result cannot carry an injection: <c>int()</c>, <c>os.path.basename</c>, <c>secure_filename</c>, <c>shlex.quote</c>.</summary>
    Sanitizes,

    /// <summary>The result is the argument in another form: <c>str()</c>, <c>os.path.join</c>, <c>b64decode</c>, <c>Path()</c>.</summary>
    Propagates,

    /// <summary>Like <see cref="Propagates"/>, and the result can be an object: <c>json.loads</c>.</summary>
    Parses,

    /// <summary>URL-encodes: the value can no longer choose the host.</summary>
    Encodes,
}

/// <summary>The calls the taint tracker knows by name; the last part of the dotted name is matched, or the full name when listed with a dot.</summary>
internal static class PyCallEffects
{
    private static readonly HashSet<string> Sanitizers =
    [
        "int", "float", "bool", "len", "abs", "round", "complex", "ord", "hash", "id", "isinstance", "callable", "hasattr", "type",
        "UUID", "basename", "secure_filename", "safe_join", "shlex.quote", "pipes.quote", "escape", "html.escape", "bleach.clean", "Decimal",
        "fromisoformat", "ip_address", "ip_network", "get_object_or_404", "compare_digest", "literal_eval", "slugify", "uuid4", "uuid1",
    ];

    private static readonly HashSet<string> Propagators =
    [
        "str", "repr", "bytes", "bytearray", "format", "dict", "list", "tuple", "set", "frozenset", "sorted", "reversed", "iter", "next",
        "dumps", "b64decode", "b64encode", "urlsafe_b64decode", "decodebytes", "b32decode", "b16decode", "unhexlify", "a2b_base64", "fromhex",
        "unquote", "unquote_plus", "urljoin", "join", "abspath", "normpath", "realpath", "expanduser", "expandvars", "Path", "PurePath",
        "PurePosixPath", "PosixPath", "dedent", "copy", "deepcopy", "cast", "BytesIO", "StringIO", "decompress", "decode", "encode",
        "Markup", "strip", "lower", "upper",
    ];

    private static readonly HashSet<string> Parsers = ["loads", "parse_raw", "load"];

    private static readonly HashSet<string> Encoders = ["quote", "quote_plus", "urlencode"];

    public static PyCallEffect Of(string callee)
    {
        var last = callee[(callee.LastIndexOf('.') + 1)..];
        if (Sanitizers.Contains(callee) || (Sanitizers.Contains(last) && !callee.EndsWith("parse.quote", StringComparison.Ordinal)))
        {
            return PyCallEffect.Sanitizes;
        }

        if (Encoders.Contains(last))
        {
            return PyCallEffect.Encodes;
        }

        if (Parsers.Contains(last) && (callee.Contains("json", StringComparison.OrdinalIgnoreCase) || callee == last))
        {
            return PyCallEffect.Parses;
        }

        return Propagators.Contains(last) ? PyCallEffect.Propagates : PyCallEffect.Unknown;
    }

    /// <summary>Methods of a request value that give a yes/no or a number, not the value.</summary>
    public static bool ReturnsFact(string method) => method is "startswith" or "endswith" or "isdigit" or "isalnum" or "isalpha" or "isnumeric"
        or "isdecimal" or "isidentifier" or "isspace" or "islower" or "isupper" or "isascii" or "count" or "find" or "rfind" or "index" or "rindex"
        or "is_relative_to" or "exists" or "is_file" or "is_dir" or "is_valid" or "__len__" or "hexdigest" or "digest";

    /// <summary>Methods that take one field out of a collection.</summary>
    public static bool TakesField(string method) => method is "get" or "getlist" or "pop" or "getone" or "get_one" or "setdefault" or "getvalue";
}
