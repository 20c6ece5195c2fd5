namespace Rampart.Code.Lexing.Python.Syntax;

/// <summary>Fills a <see cref="PyModule"/> from its statements: definitions with decorators, assignments, calls, imports.</summary>
internal sealed class PyModuleWalker(PyModule module)
{
    private static readonly HashSet<string> BlockKeywords = ["try", "except", "finally", "with", "async"];

    private PythonTokens Tokens => module.Tokens;

    public void Walk(IReadOnlyList<PyStatement> statements, PyStatementContext context, PyDefinition? owner)
    {
        var decorators = new List<PyDecorator>();
        PyCondition? lastIf = null;
        foreach (var statement in statements)
        {
            var first = Tokens[statement.Start];
            if (first.Is("@"))
            {
                decorators.Add(new PyDecorator(PyExprParser.Parse(Tokens, statement.Start + 1, statement.End), statement.Line));
                continue;
            }

            var start = statement.Start;
            if (first.IsName("async") && statement.End > start + 1)
            {
                start++;
            }

            var keyword = Tokens[start].Kind == PythonTokenKind.Name ? Tokens[start].Text : "";
            if (keyword is "def" or "class" && start + 1 < statement.End)
            {
                var definition = keyword == "def" ? Function(statement, start, decorators, owner) : Class(statement, start, decorators, owner);
                decorators = [];
                module.Definitions.Add(definition);
                if (context.Scope is not null)
                {
                    module.NestedDefinitions.Add(definition);
                }

                Walk(statement.Body, context with { Scope = definition }, definition.IsClass ? definition : null);
                continue;
            }

            decorators = [];
            switch (keyword)
            {
                case "if" or "elif" or "while" or "for":
                    var text = PyExprParser.Text(Tokens, start, statement.End - 1);
                    var condition = new PyCondition(keyword == "elif" && lastIf is not null ? $"not ({lastIf.Text[3..]}) and {text[5..]}" : text, statement.Line);
                    lastIf = keyword is "if" or "elif" ? condition with { Text = keyword == "elif" ? $"if {text[5..]}" : text } : null;
                    Walk(statement.Body, context with { Conditions = [.. context.Conditions, condition] }, owner);
                    continue;
                case "else" when lastIf is not null:
                    Walk(statement.Body, context with { Conditions = [.. context.Conditions, new PyCondition($"if not ({lastIf.Text[3..]})", statement.Line)] }, owner);
                    lastIf = null;
                    continue;
                case "import" or "from":
                    ReadImport(statement, start);
                    continue;
            }

            if (BlockKeywords.Contains(keyword) || keyword == "else")
            {
                Walk(statement.Body, context, owner);
                continue;
            }

            ReadSimple(statement, start, context);
        }
    }

    private PyDefinition Function(PyStatement statement, int start, List<PyDecorator> decorators, PyDefinition? owner)
    {
        var parameters = new List<PyParameter>();
        var open = start + 2;
        if (open < statement.End && Tokens[open].Is("(") && Tokens.Match(open) is var close && close > open)
        {
            foreach (var (s, e) in PyExprParser.SplitCommas(Tokens, open + 1, close))
            {
                var nameAt = s;
                while (nameAt < e && Tokens[nameAt].Kind == PythonTokenKind.Op && Tokens[nameAt].Text is "*" or "**")
                {
                    nameAt++;
                }

                if (nameAt >= e || Tokens[nameAt].Kind != PythonTokenKind.Name)
                {
                    continue;
                }

                var equals = TopLevel(nameAt + 1, e, "=");
                var annotation = nameAt + 1 < e && Tokens[nameAt + 1].Is(":") ? PyExprParser.Parse(Tokens, nameAt + 2, equals < 0 ? e : equals) : null;
                var value = equals < 0 ? null : PyExprParser.Parse(Tokens, equals + 1, e);
                parameters.Add(new PyParameter(Tokens[nameAt].Text, annotation, value, Tokens[nameAt].Line));
            }
        }

        return new PyDefinition { Name = Tokens[start + 1].Text, IsClass = false, Statement = statement, Decorators = decorators, Parameters = parameters, Owner = owner };
    }

    private PyDefinition Class(PyStatement statement, int start, List<PyDecorator> decorators, PyDefinition? owner)
    {
        var open = start + 2;
        var bases = open < statement.End && Tokens[open].Is("(") && Tokens.Match(open) is var close && close > open
            ? PyExprParser.ParseArguments(Tokens, open + 1, close)
            : [];
        return new PyDefinition { Name = Tokens[start + 1].Text, IsClass = true, Statement = statement, Decorators = decorators, Bases = bases, Owner = owner };
    }

    private void ReadSimple(PyStatement statement, int start, PyStatementContext context)
    {
        var end = statement.End;
        // `x = 1; y = 2`: each part on its own.
        var semicolon = TopLevel(start, end, ";");
        if (semicolon > 0)
        {
            ReadSimple(new PyStatement(start, semicolon, statement.Line), start, context);
            if (semicolon + 1 < end)
            {
                ReadSimple(new PyStatement(semicolon + 1, end, Tokens[semicolon + 1].Line), semicolon + 1, context);
            }

            return;
        }

        var assign = TopLevel(start, end, "=");
        var augmented = TopLevel(start, end, "+=");
        if (assign > start || augmented > start)
        {
            var at = assign > start ? assign : augmented;
            var targetEnd = at;
            var colon = TopLevel(start, at, ":");
            if (colon > start)
            {
                targetEnd = colon;
            }

            var target = PyExprParser.Parse(Tokens, start, targetEnd);
            // `a = b = value`: the value is after the last '='.
            var valueStart = at + 1;
            for (var next = TopLevel(valueStart, end, "="); next > 0; next = TopLevel(valueStart, end, "="))
            {
                valueStart = next + 1;
            }

            var value = PyExprParser.Parse(Tokens, valueStart, end);
            if (target.DottedName is { } name)
            {
                module.Assignments.Add((new PyAssignment(name, value, statement.Line, at == augmented), context));
            }

            if (value is PyCall valueCall)
            {
                module.Calls.Add((valueCall, context));
            }

            return;
        }

        var expression = PyExprParser.Parse(Tokens, Tokens[start].IsName("await") ? start + 1 : start, end);
        if (expression is PyCall call)
        {
            module.Calls.Add((call, context));
        }
    }

    private void ReadImport(PyStatement statement, int start)
    {
        var end = statement.End;
        if (Tokens[start].IsName("import"))
        {
            foreach (var (s, e) in PyExprParser.SplitCommas(Tokens, start + 1, end))
            {
                var (dotted, next) = Dotted(s, e);
                var alias = next + 1 < e && Tokens[next].IsName("as") ? Tokens[next + 1].Text : null;
                module.Imports.Add(new PyImport(alias ?? dotted.Split('.')[0], alias is null ? dotted.Split('.')[0] : dotted, 0, null, statement.Line));
            }

            return;
        }

        var i = start + 1;
        var level = 0;
        while (i < end && Tokens[i].Kind == PythonTokenKind.Op && Tokens[i].Text is "." or "...")
        {
            level += Tokens[i].Text.Length;
            i++;
        }

        var (from, afterModule) = Tokens[i].IsName("import") ? ("", i) : Dotted(i, end);
        i = afterModule + 1;
        if (i < end && Tokens[i].Is("("))
        {
            i++;
            end = Tokens.Match(i - 1) > 0 ? Tokens.Match(i - 1) : end;
        }

        foreach (var (s, e) in PyExprParser.SplitCommas(Tokens, i, end))
        {
            if (Tokens[s].Is("*"))
            {
                module.Imports.Add(new PyImport("*", from, level, "*", statement.Line));
                continue;
            }

            if (Tokens[s].Kind != PythonTokenKind.Name)
            {
                continue;
            }

            var alias = s + 2 < e && Tokens[s + 1].IsName("as") ? Tokens[s + 2].Text : null;
            module.Imports.Add(new PyImport(alias ?? Tokens[s].Text, from, level, Tokens[s].Text, statement.Line));
        }
    }

    private (string Dotted, int Next) Dotted(int i, int end)
    {
        var parts = new List<string>();
        while (i < end && Tokens[i].Kind == PythonTokenKind.Name && !Tokens[i].IsName("import") && !Tokens[i].IsName("as"))
        {
            parts.Add(Tokens[i].Text);
            i++;
            if (i < end && Tokens[i].Is("."))
            {
                i++;
            }
        }

        return (string.Join('.', parts), i);
    }

    /// <summary>The first index of an operator at bracket depth 0 in [start, end), or -1.</summary>
    private int TopLevel(int start, int end, string op)
    {
        for (var i = start; i < end; i++)
        {
            var t = Tokens[i];
            if (t.Kind != PythonTokenKind.Op)
            {
                continue;
            }

            if (t.Text is "(" or "[" or "{" && Tokens.Match(i) > i)
            {
                i = Tokens.Match(i);
            }
            else if (t.Text == op)
            {
                return i;
            }
        }

        return -1;
    }
}
