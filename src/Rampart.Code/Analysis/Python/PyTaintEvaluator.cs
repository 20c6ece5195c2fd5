using Rampart.Code.Lexing.Python;
using Rampart.Code.Lexing.Python.Syntax;

namespace Rampart.Code.Analysis.Python;

/// <summary>
/// Evaluates whether an expression (a token range) carries request data: sources, tainted names,
/// string building (f-strings, <c>+</c>, <c>%</c>, <c>.format</c>, <c>.join</c>), known library
/// transforms and sanitizers, and the same file's helper functions. Comparisons, <c>not</c>,
/// lambdas and unknown library calls give clean values.
/// </summary>
internal sealed class PyTaintEvaluator(PyTaintState state, Func<PyCallSiteRef, PyTaint?>? helper)
{
    private static readonly HashSet<string> BinaryOperators = ["+", "-", "*", "/", "//", "%", "|", "&", "@", "**", "^", "<<", ">>"];
    private static readonly HashSet<string> Comparisons = ["==", "!=", "<", ">", "<=", ">="];

    private readonly record struct Value(PyTaint? Taint, string? Literal)
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

    private Value Trailers(PythonTokens tokens, int i, int end, Value current, string? dotted, int chainStart)
    {
        var fromSource = false;
        var lastName = dotted;
        while (i < end)
        {
            var t = tokens[i];
            if (t.Is(".") && i + 1 < end && tokens[i + 1].Kind == PythonTokenKind.Name)
            {
                lastName = tokens[i + 1].Text;
                dotted = dotted is null ? null : dotted + "." + lastName;
                if (current.Taint is null && dotted is not null && (PyRequestSources.Match(dotted) ?? state.Get(dotted)) is { } found)
                {
                    current = new Value(found, null);
                    fromSource |= PyRequestSources.Match(dotted) is not null;
                }

                i += 2;
                continue;
            }

            if (t.Is("(") && tokens.Match(i) is var close && close > i && close < end + 1 && close <= end)
            {
                current = Call(tokens, i, close, current, dotted, lastName, chainStart);
                dotted = dotted is null ? null : dotted + "()";
                i = close + 1;
                continue;
            }

            if (t.Is("[") && tokens.Match(i) is var closeSub && closeSub > i && closeSub <= end)
            {
                current = new Value(current.Taint?.Field(PyExprParser.Text(tokens, chainStart, closeSub + 1)), null);
                dotted = dotted is null ? null : dotted + "[]";
                i = closeSub + 1;
                continue;
            }

            break;
        }

        if (fromSource && current.Taint is { } taint)
        {
            var text = PyExprParser.Text(tokens, chainStart, i);
            current = new Value(taint with { Source = text.Length > 80 ? text[..80] + "..." : text }, null);
        }

        return current;
    }

    private Value Call(PythonTokens tokens, int open, int close, Value receiver, string? dotted, string? method, int chainStart)
    {
        var args = PyCallScanner.Arguments(tokens, open + 1, close);
        if (receiver.Taint is { } tainted && method is not null && dotted?.EndsWith("." + method, StringComparison.Ordinal) != false)
        {
            if (PyCallEffects.ReturnsFact(method))
            {
                return Value.Clean;
            }

            return new Value(PyCallEffects.TakesField(method) ? tainted.Field(PyExprParser.Text(tokens, chainStart, close + 1)) : tainted, null);
        }

        var argTaint = args.Select(a => Eval(tokens, a.Start, a.End).Taint).Aggregate((PyTaint?)null, PyTaint.Union);
        if (method is "format" or "format_map" or "join" or "replace" && dotted != "os.path.join")
        {
            if (dotted is not null && (dotted.EndsWith("SQL.format", StringComparison.Ordinal) || dotted.EndsWith("SQL().format", StringComparison.Ordinal)))
            {
                return Value.Clean;
            }

            var template = receiver.Literal ?? "";
            return new Value(Build(argTaint, Prefix(template, '{'), template), null);
        }

        if (dotted is null)
        {
            return Value.Clean;
        }

        if (helper?.Invoke(new PyCallSiteRef(dotted, tokens, args)) is { } fromHelper)
        {
            if (fromHelper.Source != PyHelperSummaries.PropagatesMarker)
            {
                return new Value(fromHelper, null);
            }

            return new Value(argTaint is null ? null : argTaint with
            {
                Built = argTaint.Built || fromHelper.Built,
                Literal = PyTaint.Append(fromHelper.Literal, argTaint.Literal),
                HostControlled = argTaint.HostControlled && fromHelper.HostControlled,
            }, null);
        }

        return PyCallEffects.Of(dotted) switch
        {
            PyCallEffect.Sanitizes => Value.Clean,
            PyCallEffect.Propagates when dotted is "str" or "repr" or "format" => new Value(argTaint is null ? null : argTaint with { Structured = false }, null),
            PyCallEffect.Propagates when method is "urljoin" => new Value(args.Count > 1 ? Eval(tokens, args[1].Start, args[1].End).Taint : null, null),
            PyCallEffect.Propagates => new Value(argTaint, null),
            PyCallEffect.Parses => new Value(argTaint is null ? null : argTaint with { Structured = true, Whole = argTaint.Whole }, null),
            PyCallEffect.Encodes => new Value(argTaint is null ? null : argTaint with { HostControlled = false }, null),
            _ => Value.Clean,
        };
    }

    private static int TopLevelName(PythonTokens tokens, int start, int end, string word)
    {
        for (var i = start; i < end; i++)
        {
            if (tokens[i].Kind == PythonTokenKind.Op && tokens[i].Text is "(" or "[" or "{" && tokens.Match(i) > i)
            {
                i = tokens.Match(i);
            }
            else if (tokens[i].IsName(word))
            {
                return i;
            }
        }

        return -1;
    }

    public static int TopLevel(PythonTokens tokens, int start, int end, string op)
    {
        for (var i = start; i < end; i++)
        {
            if (tokens[i].Kind == PythonTokenKind.Op && tokens[i].Text is "(" or "[" or "{" && tokens.Match(i) > i)
            {
                i = tokens.Match(i);
            }
            else if (tokens[i].Is(op))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool HasTopLevel(PythonTokens tokens, int start, int end, Func<PythonToken, bool> test) =>
        Split(tokens, start, end, test).Count > 1;

    private static List<(int Start, int End)> Split(PythonTokens tokens, int start, int end, Func<PythonToken, bool> test)
    {
        var parts = new List<(int, int)>();
        var from = start;
        for (var i = start; i < end; i++)
        {
            if (tokens[i].Kind == PythonTokenKind.Op && tokens[i].Text is "(" or "[" or "{" && tokens.Match(i) > i)
            {
                i = tokens.Match(i);
            }
            else if (test(tokens[i]))
            {
                parts.Add((from, i));
                from = i + 1;
            }
        }

        parts.Add((from, end));
        return parts;
    }

    /// <summary>Binary operators at depth 0 (a '-' or '*' after another operator is unary, not binary).</summary>
    private static List<int> BinaryOperatorsAt(PythonTokens tokens, int start, int end)
    {
        var found = new List<int>();
        for (var i = start; i < end; i++)
        {
            var t = tokens[i];
            if (t.Kind == PythonTokenKind.Op && t.Text is "(" or "[" or "{" && tokens.Match(i) > i)
            {
                i = tokens.Match(i);
            }
            else if (i > start && t.Kind == PythonTokenKind.Op && BinaryOperators.Contains(t.Text) && !IsOperator(tokens[i - 1]))
            {
                found.Add(i);
            }
        }

        return found;
    }

    private static bool IsOperator(PythonToken t) => t.Kind == PythonTokenKind.Op && t.Text is not (")" or "]" or "}");
}
