namespace Rampart.Code.Lexing.Python.Syntax;

// The expression shapes route extraction reads, kept together: they are one small closed hierarchy
// and reading them side by side is simpler than seven one-line files.

/// <summary>An expression over a token range [<see cref="Start"/>, <see cref="End"/>) of its file.</summary>
public abstract record PyExpr(int Start, int End, int Line)
{
    /// <summary>The dotted name when this is a plain name or attribute chain (<c>app</c>, <c>router.get</c>), else null.</summary>
    public virtual string? DottedName => null;

    /// <summary>The last part of a dotted name or of a called name: <c>get</c> for <c>router.get</c> and <c>router.get(...)</c>.</summary>
    public string? LastName => (this is PyCall call ? call.Function.DottedName : DottedName)?.Split('.')[^1];
}

/// <summary><c>name</c> or <c>a.b.c</c>.</summary>
public sealed record PyName(string Dotted, int Start, int End, int Line) : PyExpr(Start, End, Line)
{
    public override string? DottedName => Dotted;
}

/// <summary>A string literal; adjacent literals are concatenated as Python does.</summary>
public sealed record PyString(string Value, bool IsFormatted, int Start, int End, int Line) : PyExpr(Start, End, Line);

/// <summary><c>func(args)</c>.</summary>
public sealed record PyCall(PyExpr Function, IReadOnlyList<PyArgument> Arguments, int Start, int End, int Line) : PyExpr(Start, End, Line)
{
    public string? Name => Function.DottedName;

    public IEnumerable<PyExpr> Positional => Arguments.Where(a => a.Name is null && a.Star == 0).Select(a => a.Value);

    public PyExpr? Keyword(string name) => Arguments.FirstOrDefault(a => a.Name == name)?.Value;

    public PyExpr? Arg(int position, string keyword) => Keyword(keyword) ?? Positional.ElementAtOrDefault(position);
}

/// <summary><c>target[items]</c>, e.g. <c>Annotated[User, Depends(get_user)]</c>.</summary>
public sealed record PySubscript(PyExpr Target, IReadOnlyList<PyExpr> Items, int Start, int End, int Line) : PyExpr(Start, End, Line);

/// <summary>A list, tuple or set display.</summary>
public sealed record PySequence(IReadOnlyList<PyExpr> Items, char Bracket, int Start, int End, int Line) : PyExpr(Start, End, Line);

/// <summary>A dict display <c>{key: value, ...}</c> (<c>**spread</c> entries are left out).</summary>
public sealed record PyDict(IReadOnlyList<(PyExpr Key, PyExpr Value)> Entries, int Start, int End, int Line) : PyExpr(Start, End, Line)
{
    public PyExpr? this[string key] => Entries.FirstOrDefault(e => e.Key is PyString s && s.Value == key).Value;
}

/// <summary><c>left op right</c> for the operators route code combines with: <c>+</c> (url lists) and <c>|</c> / <c>&amp;</c> (DRF permissions).</summary>
public sealed record PyBinary(PyExpr Left, string Operator, PyExpr Right, int Start, int End, int Line) : PyExpr(Start, End, Line);

/// <summary>A number, <c>True</c>/<c>False</c>/<c>None</c>, or any expression not modelled above (its source text).</summary>
public sealed record PyOther(string Text, int Start, int End, int Line) : PyExpr(Start, End, Line);

/// <summary>One call argument: positional, <c>name=value</c>, or <c>*value</c>/<c>**value</c> (<see cref="Star"/> 1 or 2).</summary>
public sealed record PyArgument(string? Name, PyExpr Value, int Star = 0);
