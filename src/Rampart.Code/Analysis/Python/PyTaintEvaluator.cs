using Rampart.Code.Lexing.Python;
using Rampart.Code.Lexing.Python.Syntax;
using static Rampart.Code.Analysis.Python.PyTokenRanges;

namespace Rampart.Code.Analysis.Python;

/// <summary>
/// Evaluates whether an expression (a token range) carries request data: sources, tainted names,
/// string building (f-strings, <c>+</c>, <c>%</c>, <c>.format</c>, <c>.join</c>), known library
/// transforms and sanitizers, and the same file's helper functions. Comparisons, <c>not</c>,
/// lambdas and unknown library calls give clean values.
/// </summary>
internal sealed partial class PyTaintEvaluator(PyTaintState state, Func<PyCallSiteRef, PyTaint?>? helper)
{
    private static readonly HashSet<string> Comparisons = ["==", "!=", "<", ">", "<=", ">="];

    internal readonly record struct Value(PyTaint? Taint, string? Literal)
    {
        public static Value Clean { get; } = new(null, null);
    }

    public PyTaint? Taint(PythonTokens tokens, int start, int end) => Eval(tokens, start, end).Taint;

    /// <summary>The constant string of a literal expression (<c>"a" "b"</c>), or null.</summary>
    public static string? Literal(PythonTokens tokens, int start, int end)
    {
        if (start >= end)
        {
            return null;
        }

        for (var i = start; i < end; i++)
        {
            if (tokens[i].Kind != PythonTokenKind.String || tokens[i].IsFString)
            {
                return null;
            }
        }

        return string.Concat(Enumerable.Range(start, end - start).Select(i => tokens[i].Value));
    }

    private Value Eval(PythonTokens tokens, int start, int end)
    {
        while (start < end && tokens[start].Kind == PythonTokenKind.Name && tokens[start].Text is "await" or "yield" or "from" or "return")
        {
            start++;
        }

        if (start >= end)
        {
            return Value.Clean;
        }

        var first = tokens[start];
        if (first.IsName("lambda") || first.IsName("not"))
        {
            return Value.Clean;
        }

        if (first.Kind == PythonTokenKind.Op && first.Text is "*" or "**" or "-" or "+" or "~")
        {
            return Eval(tokens, start + 1, end);
        }

        // A bare generator argument: ",".join(f"'{n}'" for n in names)
        if (TopLevelName(tokens, start + 1, end, "for") is var forAt && forAt > start)
        {
            return Comprehension(tokens, start, end, forAt);
        }

        var ifAt = TopLevelName(tokens, start + 1, end, "if");
        if (ifAt > 0 && TopLevelName(tokens, ifAt, end, "else") is var elseAt && elseAt > 0)
        {
            return new Value(PyTaint.Union(Eval(tokens, start, ifAt).Taint, Eval(tokens, elseAt + 1, end).Taint), null);
        }

        foreach (var word in (string[])["or", "and"])
        {
            if (TopLevelName(tokens, start, end, word) > 0)
            {
                return new Value(Split(tokens, start, end, t => t.IsName(word)).Select(p => Eval(tokens, p.Start, p.End).Taint).Aggregate((PyTaint?)null, PyTaint.Union), null);
            }
        }

        if (HasTopLevel(tokens, start, end, t => (t.Kind == PythonTokenKind.Op && Comparisons.Contains(t.Text)) || t.IsName("in") || t.IsName("is")))
        {
            return Value.Clean;
        }

        var operators = BinaryOperatorsAt(tokens, start, end);
        return operators.Count > 0 ? Binary(tokens, start, end, operators) : Primary(tokens, start, end);
    }

    private Value Binary(PythonTokens tokens, int start, int end, List<int> operators)
    {
        var operands = new List<(int Start, int End)>();
        var from = start;
        foreach (var op in operators)
        {
            operands.Add((from, op));
            from = op + 1;
        }

        operands.Add((from, end));
        var values = operands.Select(o => Eval(tokens, o.Start, o.End)).ToList();
        var ops = operators.Select(o => tokens[o].Text).ToList();
        if (ops[0] == "%" && values[0].Literal is { } template)
        {
            // "... %s ..." % args: the text before the first placeholder decides whether args can set the host.
            var args = values.Skip(1).Select(v => v.Taint).Aggregate((PyTaint?)null, PyTaint.Union);
            return new Value(Build(args, Prefix(template, '%'), template), null);
        }

        if (ops.All(o => o == "+"))
        {
            return Sequence(values);
        }

        return new Value(values.Select(v => v.Taint).Aggregate((PyTaint?)null, PyTaint.Union), null);
    }

    /// <summary>Concatenation in order: a tainted piece after a fixed scheme-and-host prefix cannot choose the host.</summary>
    private static Value Sequence(IEnumerable<Value> pieces)
    {
        var prefix = "";
        var literal = "";
        var fixedBase = false;
        PyTaint? result = null;
        var allLiteral = true;
        foreach (var piece in pieces)
        {
            if (piece.Taint is null)
            {
                if (piece.Literal is { } text)
                {
                    prefix += text;
                    literal += text;
                }
                else
                {
                    fixedBase = true;
                    allLiteral = false;
                }

                continue;
            }

            allLiteral = false;
            var hostControlled = piece.Taint.HostControlled && !fixedBase && !HostSettled(prefix);
            result = PyTaint.Union(result, piece.Taint with { HostControlled = hostControlled, Built = true });
            fixedBase = true;
        }

        if (result is null)
        {
            return new Value(null, allLiteral ? literal : null);
        }

        return new Value(result with { Literal = PyTaint.Append(literal, result.Literal) }, null);
    }

    private static PyTaint? Build(PyTaint? taint, string prefix, string template) =>
        taint is null ? null : taint with { HostControlled = taint.HostControlled && !HostSettled(prefix), Built = true, Literal = PyTaint.Append(template, taint.Literal) };

    /// <summary>True when the text already fixes scheme and host (<c>https://api.x.com/</c>) or is a path (<c>/users/</c>).</summary>
    public static bool HostSettled(string prefix)
    {
        if (prefix.StartsWith('/') && !prefix.StartsWith("//", StringComparison.Ordinal))
        {
            return true;
        }

        var scheme = prefix.IndexOf("://", StringComparison.Ordinal);
        return scheme >= 0 && prefix.IndexOfAny(['/', '?', '#'], scheme + 3) > scheme + 3;
    }

    private static string Prefix(string template, char marker) => template.IndexOf(marker) is var at && at >= 0 ? template[..at] : template;

    private Value Primary(PythonTokens tokens, int start, int end)
    {
        var t = tokens[start];
        if (t.Kind == PythonTokenKind.String)
        {
            var i = start;
            while (i < end && tokens[i].Kind == PythonTokenKind.String)
            {
                i++;
            }

            var value = StringValue(tokens, start, i);
            return Trailers(tokens, i, end, value, dotted: null, chainStart: start);
        }

        if (t.Kind == PythonTokenKind.Op && t.Text is "(" or "[" or "{" && tokens.Match(start) is var close && close > start && close < end)
        {
            var inner = Brackets(tokens, start + 1, close, t.Text);
            return Trailers(tokens, close + 1, end, inner, dotted: null, chainStart: start);
        }

        if (t.Kind == PythonTokenKind.Name && !PyKeywords.Contains(t.Text))
        {
            return Trailers(tokens, start + 1, end, new Value(state.Get(t.Text), null), t.Text, start);
        }

        return Value.Clean;
    }

    private Value StringValue(PythonTokens tokens, int start, int end)
    {
        if (Literal(tokens, start, end) is { } literal)
        {
            return new Value(null, literal);
        }

        var pieces = PyStringPiece.Of(tokens, start, end).Select(p => p.IsField ? Field(p.Tokens) : new Value(null, p.Literal));
        return Sequence(pieces);
    }

    private Value Field(PythonTokens? field)
    {
        if (field is null)
        {
            return new Value(null, null);
        }

        var end = 0;
        while (end < field.Count && field[end].Kind is not (PythonTokenKind.Newline or PythonTokenKind.EndOfFile))
        {
            end++;
        }

        var value = Eval(field, 0, end);
        return value.Taint is null ? new Value(null, value.Literal) : value;
    }

    private Value Brackets(PythonTokens tokens, int start, int end, string bracket)
    {
        var forAt = TopLevelName(tokens, start, end, "for");
        if (forAt > start)
        {
            return Comprehension(tokens, start, end, forAt);
        }

        PyTaint? taint = null;
        foreach (var (s, e) in PyExprParser.SplitCommas(tokens, start, end))
        {
            if (bracket == "{" && TopLevel(tokens, s, e, ":") is var colon && colon > s)
            {
                taint = PyTaint.Union(taint, PyTaint.Union(Eval(tokens, s, colon).Taint, Eval(tokens, colon + 1, e).Taint));
                continue;
            }

            taint = PyTaint.Union(taint, Eval(tokens, s, e).Taint);
        }

        // `(x)` is x itself; a literal in parentheses stays a literal.
        var single = bracket == "(" && PyExprParser.SplitCommas(tokens, start, end).Count == 1 && !tokens[end - 1].Is(",");
        return single ? Eval(tokens, start, end) : new Value(taint, null);
    }

    /// <summary><c>[f(x) for x in items if ...]</c>: the loop names take the iterable's taint while the element is evaluated.</summary>
    private Value Comprehension(PythonTokens tokens, int start, int end, int forAt)
    {
        var inAt = TopLevelName(tokens, forAt + 1, end, "in");
        if (inAt < 0)
        {
            return Value.Clean;
        }

        var iterEnd = end;
        foreach (var stop in (string[])["if", "for"])
        {
            var at = TopLevelName(tokens, inAt + 1, end, stop);
            iterEnd = at > 0 ? Math.Min(iterEnd, at) : iterEnd;
        }

        var iterable = Eval(tokens, inAt + 1, iterEnd).Taint;
        var names = Enumerable.Range(forAt + 1, inAt - forAt - 1).Where(i => tokens[i].Kind == PythonTokenKind.Name).Select(i => tokens[i].Text).ToList();
        var saved = names.Select(n => (n, state.Get(n))).ToList();
        names.ForEach(n => state.Set(n, iterable?.Field(iterable.Source)));
        var colon = TopLevel(tokens, start, forAt, ":");
        var element = colon > start
            ? PyTaint.Union(Eval(tokens, start, colon).Taint, Eval(tokens, colon + 1, forAt).Taint)
            : Eval(tokens, start, forAt).Taint;
        saved.ForEach(s => state.Set(s.n, s.Item2));
        return new Value(element, null);
    }
}
