using Rampart.Code.Lexing.JavaScript;

namespace Rampart.Code.Analysis.JavaScript;

/// <summary>Finds every function of a file: declarations, function expressions, arrows and class/object methods (with their decorated parameters).</summary>
internal static class JsFunctions
{
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "if", "for", "while", "switch", "catch", "with", "return", "function", "typeof", "await", "new", "super", "import", "else", "do",
    };

    private static readonly HashSet<string> BeforeMethod = new(StringComparer.Ordinal)
    {
        "{", "}", ";", ",", ")", "async", "static", "get", "set", "*", "public", "private", "protected", "override",
    };

    private static readonly HashSet<string> BeforeTypedArrow = new(StringComparer.Ordinal) { "=", "(", ",", "async", "return", "=>", "||", "??", "&&", ":" };

    public static List<JsCodeFunction> In(JsSyntax s)
    {
        var functions = new List<JsCodeFunction>();
        for (var i = 0; i < s.Count; i++)
        {
            if (s.Is(i - 1, ".") || s.Is(i - 1, "?."))
            {
                continue;
            }

            var function = s[i].Text switch
            {
                "function" when s[i].Kind == JsTokenKind.Identifier => FunctionKeyword(s, i),
                "(" when s[i].Kind == JsTokenKind.Punctuator => Arrow(s, i),
                _ when s.IsIdentifier(i) && s.Is(i + 1, "=>") => Wrap(s, JsExpressions.FunctionAt(s, s.Is(i - 1, "async") ? i - 1 : i), NameBefore(s, i), [new JsParameter(s[i].Text, i, i + 1)]),
                _ when s.IsIdentifier(i) && !Keywords.Contains(s[i].Text) => Method(s, i),
                _ => null,
            };
            if (function is not null)
            {
                functions.Add(function);
            }
        }

        return functions;
    }

    private static JsCodeFunction? FunctionKeyword(JsSyntax s, int i)
    {
        var function = JsExpressions.FunctionAt(s, s.Is(i - 1, "async") ? i - 1 : i);
        var open = i + 1;
        while (open < s.Count && !s.Is(open, "("))
        {
            open++;
        }

        return function is null || open >= s.Count ? null : Wrap(s, function, function.Name ?? NameBefore(s, i - (s.Is(i - 1, "async") ? 1 : 0)), Parameters(s, open));
    }

    private static JsCodeFunction? Arrow(JsSyntax s, int open)
    {
        var close = s.Partner(open);
        if (close < 0 || s.IsIdentifier(open - 1) && !s.Is(open - 1, "async") || s.Is(open - 1, ")") || s.Is(open - 1, "]"))
        {
            return null;
        }

        var typed = s.Is(close + 1, ":") && (open == 0 || BeforeTypedArrow.Contains(s[open - 1].Text));
        if (!s.Is(close + 1, "=>") && !typed)
        {
            return null;
        }

        var start = s.Is(open - 1, "async") ? open - 1 : open;
        var function = JsExpressions.FunctionAt(s, start);
        return function is null ? null : Wrap(s, function, NameBefore(s, start), Parameters(s, open));
    }

    private static JsCodeFunction? Method(JsSyntax s, int i)
    {
        var open = i + 1;
        if (!s.Is(open, "(") || !(i == 0 || BeforeMethod.Contains(s[i - 1].Text)) || s.Partner(open) < 0)
        {
            return null;
        }

        var body = s.Partner(open) + 1;
        if (s.Is(body, ":") && !s.Is(i - 1, "?"))
        {
            body++;
            while (body < s.Count && !(s.Is(body, "{") && !s.Is(body - 1, ":") && !s.Is(body - 1, "|") && !s.Is(body - 1, "<") && !s.Is(body - 1, ",")) && !s.Is(body, ";"))
            {
                body = s.Partner(body) > body ? s.Partner(body) + 1 : body + 1;
            }
        }

        if (!s.Is(body, "{") || s.Partner(body) < 0)
        {
            return null;
        }

        var start = s.Is(i - 1, "async") ? i - 1 : i;
        var directive = body + 1 < s.Count && s[body + 1].Kind == JsTokenKind.String && JsStrings.Value(s[body + 1]) == "use server";
        return new JsCodeFunction(s[i].Text, start, Parameters(s, open), body, s.Partner(body) + 1) { IsServerAction = directive };
    }

    private static JsCodeFunction? Wrap(JsSyntax s, JsFunction? function, string? name, IReadOnlyList<JsParameter> parameters) =>
        function is null ? null : new JsCodeFunction(name, function.Start, parameters, function.BodyStart, function.BodyEnd)
        {
            IsExpressionBody = !function.HasBlockBody,
            IsServerAction = function.IsServerAction,
        };

    /// <summary>The name a function expression is bound to: <c>const name = ...</c>, <c>name: ...</c>, <c>exports.name = ...</c>.</summary>
    private static string? NameBefore(JsSyntax s, int start)
    {
        if ((s.Is(start - 1, "=") || s.Is(start - 1, ":")) && s.IsIdentifier(start - 2))
        {
            return s[start - 2].Text;
        }

        return null;
    }

    private static List<JsParameter> Parameters(JsSyntax s, int open)
    {
        var parameters = new List<JsParameter>();
        foreach (var (start, end) in s.Items(open))
        {
            var j = start;
            string? decorator = null;
            string? argument = null;
            while (j < end && s.Is(j, "@") && s.IsIdentifier(j + 1))
            {
                decorator = s[j + 1].Text;
                j += 2;
                while (s.Is(j, ".") && s.IsIdentifier(j + 1))
                {
                    decorator = s[j + 1].Text;
                    j += 2;
                }

                if (s.Is(j, "("))
                {
                    var items = s.Items(j);
                    argument = items.Count > 0 ? s.StringAt(items[0].Start, items[0].End) : null;
                    j = s.Partner(j) + 1;
                }
            }

            while (j < end && s[j].Text is "..." or "public" or "private" or "protected" or "readonly" or "override")
            {
                j++;
            }

            if (j >= end)
            {
                continue;
            }

            var patternEnd = s.Partner(j) > j && s[j].Text is "{" or "[" ? s.Partner(j) + 1 : j + 1;
            parameters.Add(new JsParameter(s.IsIdentifier(j) ? s[j].Text : null, j, patternEnd) { Decorator = decorator, DecoratorArgument = argument });
        }

        return parameters;
    }
}
