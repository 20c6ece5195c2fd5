using Rampart.Code.Lexing.Python;
using Rampart.Code.Lexing.Python.Syntax;

namespace Rampart.Code.Analysis.Python;

/// <summary>
/// Walks a file's code in order, one function at a time (module and class bodies too), keeping
/// the taint state through assignments, destructuring, loops, <c>with ... as</c>, container
/// mutation and validation guards, and hands every call, assignment and statement to the checks.
/// Branches are walked on a copy that is merged back: a name tainted on either path stays tainted.
/// </summary>
internal sealed partial class PyFlowWalker(PythonFile file, IReadOnlyList<IPythonCheck> checks, PyHelperSummaries helpers)
{
    private static readonly HashSet<string> AugmentedOperators = ["+=", "-=", "*=", "/=", "//=", "%=", "|=", "&=", "^=", "@=", "**=", ">>=", "<<="];
    private static readonly HashSet<string> Mutators = ["append", "extend", "update", "add", "insert", "setdefault", "appendleft"];

    private PyTaint? _returned;

    private PythonTokens Tokens => file.Tokens;

    public void WalkModule() => WalkBlock(file.Module.Statements, null, null, [], new PyTaintState());

    /// <summary>Walks a function with its parameters standing for "the caller's argument"; returns what its return statements give back.</summary>
    public PyTaint? Summarize(PyDefinition function)
    {
        var state = new PyTaintState();
        foreach (var parameter in function.Parameters.Where(p => p.Name is not ("self" or "cls")))
        {
            state.Set(parameter.Name, new PyTaint(PyHelperSummaries.PropagatesMarker));
        }

        _returned = null;
        WalkBlock(function.Body, function, function.Owner, [], state);
        return _returned;
    }

    private void WalkFunction(PyDefinition function, PyTaintState outer, IReadOnlyList<PyCondition> conditions)
    {
        var state = outer.Clone();
        PyRouteParameters.Seed(file, function, state);
        var flow = new PyFlow(file, function, function.Owner, conditions, state, new PyTaintEvaluator(state, call => helpers.Result(file, call, function.Owner)));
        foreach (var check in checks)
        {
            check.VisitFunction(function, flow);
        }

        WalkBlock(function.Body, function, function.Owner, conditions, state);
    }

    private void WalkBlock(IReadOnlyList<PyStatement> statements, PyDefinition? function, PyDefinition? owner, IReadOnlyList<PyCondition> conditions, PyTaintState state)
    {
        PyCondition? lastIf = null;
        foreach (var statement in statements)
        {
            var flow = new PyFlow(file, function, owner, conditions, state, new PyTaintEvaluator(state, call => helpers.Result(file, call, owner)));
            var start = statement.Start;
            var first = Tokens[start];
            if (first.Is("@"))
            {
                Simple(start + 1, statement.End, flow, state, emitOnly: true);
                continue;
            }

            if (first.IsName("async") && statement.End > start + 1)
            {
                start++;
            }

            var keyword = Tokens[start].Kind == PythonTokenKind.Name ? Tokens[start].Text : "";
            switch (keyword)
            {
                case "def" when file.DefinitionOf(statement) is { } definition:
                    WalkFunction(definition, state, conditions);
                    continue;
                case "class" when file.DefinitionOf(statement) is { } definition:
                    Emit(start, statement.End, flow);
                    WalkBlock(definition.Body, null, definition, conditions, new PyTaintState());
                    continue;
                case "if" or "elif" or "while":
                    lastIf = Conditional(statement, start, keyword, lastIf, flow, function, owner, conditions, state);
                    continue;
                case "else":
                    var negated = lastIf is null ? conditions : [.. conditions, new PyCondition($"if not ({lastIf.Text[3..]})", statement.Line)];
                    Branch(statement, start, function, owner, negated, state);
                    lastIf = null;
                    continue;
                case "for":
                    For(statement, start, flow, function, owner, conditions, state);
                    continue;
                case "with":
                    With(statement, start, flow, function, owner, conditions, state);
                    continue;
                case "try" or "except" or "finally" or "match" or "case":
                    WalkBody(statement, start, function, owner, conditions, state);
                    continue;
                case "import" or "from" or "pass" or "global" or "nonlocal" or "break" or "continue":
                    continue;
            }

            lastIf = null;
            Simple(start, statement.End, flow, state, emitOnly: false);
        }
    }

    private PyCondition Conditional(PyStatement statement, int start, string keyword, PyCondition? lastIf, PyFlow flow, PyDefinition? function, PyDefinition? owner, IReadOnlyList<PyCondition> conditions, PyTaintState state)
    {
        var colon = HeaderColon(statement, start);
        Emit(start + 1, colon, flow);
        foreach (var check in checks)
        {
            check.VisitStatement(start, colon, flow);
        }

        var text = file.Text(start, colon);
        var condition = new PyCondition(keyword == "elif" && lastIf is not null ? $"not ({lastIf.Text[3..]}) and {text[5..]}" : text, statement.Line);
        var validated = PyGuards.Validated(Tokens, start + 1, colon);
        var inner = state.Clone();
        if (!PyGuards.IsNegative(Tokens, start + 1, colon))
        {
            validated.ForEach(name => inner.Set(name, null));
        }

        WalkInline(statement, colon, function, owner, [.. conditions, condition], inner);
        WalkBlock(statement.Body, function, owner, [.. conditions, condition], inner);
        state.MergeFrom(inner);
        if (PyGuards.Rejects(Tokens, statement, colon))
        {
            validated.ForEach(name => state.Set(name, null));
        }

        return keyword is "if" or "elif" ? condition with { Text = keyword == "elif" ? $"if {text[5..]}" : text } : condition;
    }

    private void Branch(PyStatement statement, int start, PyDefinition? function, PyDefinition? owner, IReadOnlyList<PyCondition> conditions, PyTaintState state)
    {
        var inner = state.Clone();
        var colon = HeaderColon(statement, start);
        WalkInline(statement, colon, function, owner, conditions, inner);
        WalkBlock(statement.Body, function, owner, conditions, inner);
        state.MergeFrom(inner);
    }

    private void WalkBody(PyStatement statement, int start, PyDefinition? function, PyDefinition? owner, IReadOnlyList<PyCondition> conditions, PyTaintState state)
    {
        WalkInline(statement, HeaderColon(statement, start), function, owner, conditions, state);
        WalkBlock(statement.Body, function, owner, conditions, state);
    }

    private void For(PyStatement statement, int start, PyFlow flow, PyDefinition? function, PyDefinition? owner, IReadOnlyList<PyCondition> conditions, PyTaintState state)
    {
        var colon = HeaderColon(statement, start);
        var inAt = Enumerable.Range(start + 1, Math.Max(0, colon - start - 1)).FirstOrDefault(i => Tokens[i].IsName("in"));
        if (inAt > start)
        {
            Emit(inAt + 1, colon, flow);
            var taint = flow.Taint(inAt + 1, colon);
            foreach (var i in Enumerable.Range(start + 1, inAt - start - 1).Where(i => Tokens[i].Kind == PythonTokenKind.Name))
            {
                state.Set(Tokens[i].Text, taint?.Field(taint.Source));
            }
        }

        var loop = new PyCondition(file.Text(start, colon), statement.Line);
        WalkInline(statement, colon, function, owner, [.. conditions, loop], state);
        WalkBlock(statement.Body, function, owner, [.. conditions, loop], state);
    }

    private void With(PyStatement statement, int start, PyFlow flow, PyDefinition? function, PyDefinition? owner, IReadOnlyList<PyCondition> conditions, PyTaintState state)
    {
        var colon = HeaderColon(statement, start);
        Emit(start + 1, colon, flow);
        foreach (var (s, e) in PyExprParser.SplitCommas(Tokens, start + 1, colon))
        {
            var asAt = Enumerable.Range(s, e - s).FirstOrDefault(i => Tokens[i].IsName("as"));
            if (asAt > s && asAt + 1 < e && Tokens[asAt + 1].Kind == PythonTokenKind.Name)
            {
                state.Assign(Tokens[asAt + 1].Text, flow.Taint(s, asAt), Tokens, s, asAt, Constructor(s, asAt));
            }
        }

        WalkBody(statement, start, function, owner, conditions, state);
    }

    /// <summary>The body written on the header line (<c>if x: return y</c>).</summary>
    private void WalkInline(PyStatement statement, int colon, PyDefinition? function, PyDefinition? owner, IReadOnlyList<PyCondition> conditions, PyTaintState state)
    {
        if (colon + 1 < statement.End)
        {
            WalkBlock([new PyStatement(colon + 1, statement.End, Tokens[colon + 1].Line)], function, owner, conditions, state);
        }
    }

    private int HeaderColon(PyStatement statement, int start)
    {
        var colon = PyTokenRanges.TopLevel(Tokens, start + 1, statement.End, ":");
        return colon < 0 ? statement.End : colon;
    }

    private void Emit(int start, int end, PyFlow flow)
    {
        if (checks.Count == 0)
        {
            return;
        }

        foreach (var call in PyCallScanner.Calls(Tokens, start, end))
        {
            foreach (var check in checks)
            {
                check.VisitCall(call, flow);
            }
        }
    }

    /// <summary>The dotted constructor when an expression is one call (<c>httpx.AsyncClient(...)</c>), else null.</summary>
    private string? Constructor(int start, int end)
    {
        var expr = PyExprParser.Parse(Tokens, Tokens[start].IsName("await") ? start + 1 : start, end);
        return expr is PyCall { Name: { } name } ? name : null;
    }
}
