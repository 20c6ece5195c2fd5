using Rampart.Code.Lexing.Python;

namespace Rampart.Code.Analysis.Python;

/// <summary>
/// A call anywhere in a statement, nested ones included: <see cref="Callee"/> is the called chain
/// as written with inner calls shortened to <c>()</c> (<c>connection.cursor().execute</c>,
/// <c>"".join</c>), and the arguments as token ranges.
/// </summary>
internal sealed record PyCallSite(string Callee, int CalleeStart, int Open, int Close, IReadOnlyList<PyArgRange> Arguments, int Line)
{
    public string LastName => Callee[(Callee.LastIndexOf('.') + 1)..];

    /// <summary><c>cursor</c> for <c>cursor.execute</c>; "" for a plain function call.</summary>
    public string Receiver => Callee.LastIndexOf('.') is var dot && dot > 0 ? Callee[..dot] : "";

    /// <summary>Where the receiver's tokens end (the '.' before the last name); -1 for a plain call.</summary>
    public int ReceiverEnd { get; init; } = -1;

    public IEnumerable<PyArgRange> Positional => Arguments.Where(a => a.Name is null && a.Star == 0);

    public PyArgRange? Keyword(string name) => Arguments.FirstOrDefault(a => a.Name == name);

    public PyArgRange? Arg(int position, string? keyword = null) =>
        (keyword is null ? null : Keyword(keyword)) ?? Positional.ElementAtOrDefault(position);

    /// <summary>True for a keyword argument written as the literal <paramref name="literal"/> (<c>True</c>, <c>False</c>, <c>None</c>).</summary>
    public bool KeywordIs(PythonTokens tokens, string name, string literal) =>
        Keyword(name) is { } arg && arg.End - arg.Start == 1 && tokens[arg.Start].IsName(literal);

    public bool Is(params string[] callees) => callees.Contains(Callee, StringComparer.Ordinal);

    /// <summary><c>requests.get</c> matches <c>get</c> with receivers <c>requests</c>; also <c>x.requests.get</c>.</summary>
    public bool EndsWith(string dotted) => Callee == dotted || Callee.EndsWith("." + dotted, StringComparison.Ordinal);
}
