using Rampart.Code.Lexing.Python;
using Rampart.Code.Lexing.Python.Syntax;

namespace Rampart.Code.Analysis.Python;

/// <summary>Simple statements: returns, assignments (chained, annotated, augmented, destructuring, subscripts) and container mutation.</summary>
internal sealed partial class PyFlowWalker
{
    private void Simple(int start, int end, PyFlow flow, PyTaintState state, bool emitOnly)
    {
        if (start >= end)
        {
            return;
        }

        Emit(start, end, flow);
        if (emitOnly)
        {
            return;
        }

        foreach (var check in checks)
        {
            check.VisitStatement(start, end, flow);
        }

        var first = Tokens[start];
        if (first.IsName("return") || first.IsName("yield"))
        {
            _returned = PyTaint.Union(_returned, flow.Taint(start + 1, end));
            return;
        }

        if (first.Kind == PythonTokenKind.Name && first.Text is "raise" or "assert" or "del")
        {
            return;
        }

        var equals = TopLevelAll(start, end, t => t.Is("="));
        var augmented = equals.Count == 0 ? TopLevelAll(start, end, t => t.Kind == PythonTokenKind.Op && AugmentedOperators.Contains(t.Text)) : [];
        if (augmented.Count > 0)
        {
            var at = augmented[0];
            var taint = flow.Taint(at + 1, end);
            var target = TargetEnd(start, at);
            if (Dotted(start, target) is { } name)
            {
                state.Merge(name, taint);
            }

            Visit(new PyAssignmentSite(file.Text(start, target), null, start, target, at + 1, end, Tokens[start].Line, true), flow);
            return;
        }

        if (equals.Count > 0)
        {
            var valueStart = equals[^1] + 1;
            var taint = flow.Taint(valueStart, end);
            var constructor = Constructor(valueStart, end);
            var from = start;
            foreach (var at in equals)
            {
                Assign(from, TargetEnd(from, at), valueStart, end, taint, constructor, flow, state);
                from = at + 1;
            }

            return;
        }

        Mutation(start, end, flow, state);
    }

    private void Assign(int start, int end, int valueStart, int valueEnd, PyTaint? taint, string? constructor, PyFlow flow, PyTaintState state)
    {
        var targets = PyExprParser.SplitCommas(Tokens, Unwrap(start, end).Start, Unwrap(start, end).End);
        if (targets.Count > 1)
        {
            var values = PyExprParser.SplitCommas(Tokens, Unwrap(valueStart, valueEnd).Start, Unwrap(valueStart, valueEnd).End);
            for (var i = 0; i < targets.Count; i++)
            {
                var (s, e) = targets[i];
                s = Tokens[s].Is("*") ? s + 1 : s;
                var part = values.Count == targets.Count ? flow.Taint(values[i].Start, values[i].End) : taint?.Field(taint.Source);
                if (Dotted(s, e) is { } name)
                {
                    state.Assign(name, part, Tokens, values.Count == targets.Count ? values[i].Start : valueStart, values.Count == targets.Count ? values[i].End : valueEnd, null);
                }
            }

            return;
        }

        string? key = null;
        if (Tokens[end - 1].Is("]") && Tokens.Match(end - 1) is var open && open > start)
        {
            key = PyTaintEvaluator.Literal(Tokens, open + 1, end - 1);
            if (Dotted(start, open) is { } container)
            {
                state.Merge(container, taint);
            }
        }
        else if (Dotted(start, end) is { } name)
        {
            state.Assign(name, taint, Tokens, valueStart, valueEnd, constructor);
        }

        Visit(new PyAssignmentSite(file.Text(start, end), key, start, end, valueStart, valueEnd, Tokens[start].Line, false), flow);
    }

    /// <summary><c>parts.append(x)</c>, <c>query.update(x)</c>: the container now holds request data.</summary>
    private void Mutation(int start, int end, PyFlow flow, PyTaintState state)
    {
        var i = start;
        while (i + 2 < end && Tokens[i].Kind == PythonTokenKind.Name && Tokens[i + 1].Is("."))
        {
            i += 2;
        }

        if (i > start && Tokens[i].Kind == PythonTokenKind.Name && Mutators.Contains(Tokens[i].Text) && i + 1 < end && Tokens[i + 1].Is("(") && Tokens.Match(i + 1) == end - 1
            && Dotted(start, i - 1) is { } container)
        {
            state.Merge(container, flow.Taint(i + 2, end - 1));
        }
    }

    private void Visit(PyAssignmentSite site, PyFlow flow)
    {
        foreach (var check in checks)
        {
            check.VisitAssignment(site, flow);
        }
    }

    /// <summary>Drops an annotation: <c>x: int</c> → <c>x</c>.</summary>
    private int TargetEnd(int start, int end)
    {
        var colon = PyTokenRanges.TopLevel(Tokens, start, end, ":");
        return colon > start ? colon : end;
    }

    private (int Start, int End) Unwrap(int start, int end) =>
        end - start >= 2 && Tokens[start].Kind == PythonTokenKind.Op && Tokens[start].Text is "(" or "[" && Tokens.Match(start) == end - 1 ? (start + 1, end - 1) : (start, end);

    /// <summary><c>x</c>, <c>self.x</c>, <c>a.b.c</c> over exactly [start, end); null for anything else.</summary>
    private string? Dotted(int start, int end)
    {
        if (start >= end || Tokens[start].Kind != PythonTokenKind.Name)
        {
            return null;
        }

        var parts = new List<string> { Tokens[start].Text };
        for (var i = start + 1; i < end; i += 2)
        {
            if (!Tokens[i].Is(".") || i + 1 >= end || Tokens[i + 1].Kind != PythonTokenKind.Name)
            {
                return null;
            }

            parts.Add(Tokens[i + 1].Text);
        }

        return string.Join('.', parts);
    }

    private List<int> TopLevelAll(int start, int end, Func<PythonToken, bool> test)
    {
        var found = new List<int>();
        for (var i = start; i < end; i++)
        {
            var t = Tokens[i];
            if (t.Kind == PythonTokenKind.Op && t.Text is "(" or "[" or "{" && Tokens.Match(i) > i)
            {
                i = Tokens.Match(i);
            }
            else if (test(t))
            {
                found.Add(i);
            }
            else if (t.IsName("lambda"))
            {
                break;
            }
        }

        return found;
    }
}
