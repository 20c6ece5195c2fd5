namespace Rampart.Code.Lexing.JavaScript;

/// <summary>Bracket-aware readers of expressions and function literals over <see cref="JsSyntax"/>.</summary>
public static class JsExpressions
{
    private static readonly HashSet<string> ContinuesExpression = new(StringComparer.Ordinal)
    {
        ".", "?.", "=>", "?", ":", "+", "-", "*", "/", "%", "**", "&&", "||", "??", "==", "===", "!=", "!==", "<", ">", "<=", ">=", "&", "|", "^", "=", "(", "[", "instanceof", "in", "as",
    };

    /// <summary>
    /// The end (exclusive) of the expression starting at <paramref name="start"/>: the next <c>;</c>
    /// or <c>,</c> at its level, the enclosing closing bracket, or a line break that ends the statement.
    /// </summary>
    public static int End(JsSyntax syntax, int start)
    {
        var i = start;
        while (i < syntax.Count)
        {
            var token = syntax[i];
            if (i > start && token.Line > syntax[i - 1].Line && StatementEndsBetween(syntax[i - 1], token))
            {
                return i;
            }

            var partner = syntax.Partner(i);
            if (partner > i)
            {
                i = partner + 1;
                continue;
            }

            if (partner >= 0 && partner < i || token.IsPunct(";") || token.IsPunct(","))
            {
                return i;
            }

            i++;
        }

        return i;
    }

    private static bool StatementEndsBetween(JsToken previous, JsToken next)
    {
        if (previous.Kind == JsTokenKind.Punctuator && previous.Text is not (")" or "]" or "}" or "++" or "--"))
        {
            return false;
        }

        return !ContinuesExpression.Contains(next.Text) || next.Kind is not (JsTokenKind.Punctuator or JsTokenKind.Identifier);
    }

    /// <summary>Reads a function literal or declaration at <paramref name="index"/>: <c>async? function name?(…) {…}</c>, <c>async? (…) =&gt; …</c>, <c>x =&gt; …</c>.</summary>
    public static JsFunction? FunctionAt(JsSyntax syntax, int index)
    {
        var i = index;
        if (syntax.Is(i, "async") && !syntax.Is(i + 1, "=>"))
        {
            i++;
        }

        string? name = null;
        if (syntax.Is(i, "function"))
        {
            i++;
            if (syntax.Is(i, "*"))
            {
                i++;
            }

            if (syntax.IsIdentifier(i))
            {
                name = syntax[i].Text;
                i++;
            }

            SkipTypeParameters(syntax, ref i);
            return syntax.Is(i, "(") ? WithBody(syntax, index, name, i, arrow: false) : null;
        }

        if (syntax.IsIdentifier(i) && syntax.Is(i + 1, "=>"))
        {
            return Body(syntax, index, null, [syntax[i].Text], i + 2);
        }

        SkipTypeParameters(syntax, ref i);
        return syntax.Is(i, "(") ? WithBody(syntax, index, null, i, arrow: true) : null;
    }

    private static JsFunction? WithBody(JsSyntax syntax, int start, string? name, int open, bool arrow)
    {
        var close = syntax.Partner(open);
        if (close < 0)
        {
            return null;
        }

        var parameters = syntax.Items(open).Select(item => ParameterName(syntax, item.Start, item.End)).ToList();
        var i = close + 1;
        if (syntax.Is(i, ":"))
        {
            // A TypeScript return type: skip it up to the arrow or the body brace.
            i++;
            while (i < syntax.Count && !syntax.Is(i, "=>") && !(syntax.Is(i, "{") && !syntax.Is(i - 1, ":") && !syntax.Is(i - 1, "|") && !syntax.Is(i - 1, "&") && !syntax.Is(i - 1, "<") && !syntax.Is(i - 1, ",")))
            {
                i = syntax.Partner(i) > i ? syntax.Partner(i) + 1 : i + 1;
            }
        }

        if (arrow)
        {
            return syntax.Is(i, "=>") ? Body(syntax, start, name, parameters, i + 1) : null;
        }

        return syntax.Is(i, "{") ? Body(syntax, start, name, parameters, i) : null;
    }

    private static JsFunction Body(JsSyntax syntax, int start, string? name, IReadOnlyList<string> parameters, int bodyStart)
    {
        if (syntax.Is(bodyStart, "{") && syntax.Partner(bodyStart) > bodyStart)
        {
            var bodyEnd = syntax.Partner(bodyStart) + 1;
            var directive = bodyStart + 1 < syntax.Count && syntax[bodyStart + 1].Kind == JsTokenKind.String && JsStrings.Value(syntax[bodyStart + 1]) == "use server";
            return new JsFunction(name, start, parameters, bodyStart, bodyEnd) { HasBlockBody = true, IsServerAction = directive };
        }

        return new JsFunction(name, start, parameters, bodyStart, End(syntax, bodyStart));
    }

    private static string ParameterName(JsSyntax syntax, int start, int end)
    {
        var i = start;
        while (i < end && syntax[i].Text is "..." or "public" or "private" or "protected" or "readonly")
        {
            i++;
        }

        return i < end && syntax[i].Kind == JsTokenKind.Identifier ? syntax[i].Text : "";
    }

    private static void SkipTypeParameters(JsSyntax syntax, ref int i)
    {
        if (!syntax.Is(i, "<"))
        {
            return;
        }

        var depth = 0;
        for (; i < syntax.Count; i++)
        {
            depth += syntax[i].Text switch { "<" => 1, ">" => -1, ">>" => -2, _ => 0 };
            if (depth <= 0)
            {
                i++;
                return;
            }
        }
    }
}
