using Rampart.Code.Lexing.Python;
using Rampart.Code.Lexing.Python.Syntax;
using static Rampart.Code.Analysis.Python.PyTokenRanges;

namespace Rampart.Code.Analysis.Python;

/// <summary>Attribute, call and subscript trailers: sources, field reads, method calls on request data, helpers and library transforms.</summary>
internal sealed partial class PyTaintEvaluator
{
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
}
