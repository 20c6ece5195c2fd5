using Rampart.Code.Lexing.JavaScript;

namespace Rampart.Code.Analysis.JavaScript;

/// <summary>
/// Evaluates whether an expression carries request data, over tokens: operands split at binary
/// operators (a comparison is a boolean, arithmetic and <c>+</c> make a string), ternary branches,
/// member chains from a request object or a tainted name, calls (string methods and known
/// builders propagate, validators keep the taint but not the object shape, unknown calls and
/// number conversions do not), template literals, arrays and object literals.
/// </summary>
internal sealed class JsTaintEvaluator(JsTaintScope scope, int at, JsSinkKind kind)
{
    private static readonly HashSet<string> Comparisons = new(StringComparer.Ordinal) { "==", "===", "!=", "!==", "<", ">", "<=", ">=", "instanceof", "in" };
    private static readonly HashSet<string> Binary = new(StringComparer.Ordinal) { "+", "-", "*", "/", "%", "**", "&&", "||", "??", "&", "|", "^", "<<", ">>", ">>>" };

    private JsSyntax S => scope.File.Syntax;

    public JsTaint? Expression(int start, int end)
    {
        var s = S;
        if (start >= end)
        {
            return null;
        }

        // Ternary: only the branches are the value.
        var question = TopLevel(start, end, t => s[t].IsPunct("?"));
        if (question >= 0 && Colon(question, end) is var colon && colon > 0)
        {
            // ALLOWED.includes(sort) ? sort : 'id': the branch that repeats the checked value is clean.
            var checkedPaths = JsGuards.Checked(s, start, question);
            return Branch(question + 1, colon, checkedPaths) ?? Branch(colon + 1, end, checkedPaths);
        }

        if (TopLevel(start, end, t => s[t].IsPunct("=>")) >= 0)
        {
            return null;
        }

        var assign = TopLevel(start, end, t => s[t].IsPunct("="));
        if (assign >= 0)
        {
            return Expression(assign + 1, end);
        }

        JsTaint? found = null;
        var building = false;
        var operandStart = start;
        for (var i = start; i <= end; i++)
        {
            var atEnd = i == end;
            var token = atEnd ? default : s[i];
            var isOperator = !atEnd && i > operandStart && EndsOperand(s[i - 1]) && (Binary.Contains(token.Text) || Comparisons.Contains(token.Text) || token.Text is "as" or "satisfies") && token.Kind is JsTokenKind.Punctuator or JsTokenKind.Identifier;
            if (!atEnd && !isOperator)
            {
                i = s.Partner(i) > i ? s.Partner(i) : i;
                continue;
            }

            if (!atEnd && Comparisons.Contains(token.Text))
            {
                return null;
            }

            found ??= Operand(operandStart, i);
            if (atEnd)
            {
                break;
            }

            building |= token.Text is not ("&&" or "||" or "??");
            if (token.Text is "as" or "satisfies")
            {
                // A TypeScript cast: the type after it is not a value.
                break;
            }

            operandStart = i + 1;
        }

        return building ? found?.AsString() : found;
    }

    private JsTaint? Branch(int start, int end, List<string> checkedPaths) =>
        S.DottedNameAt(start, end) is { } path && checkedPaths.Contains(path) ? null : Expression(start, end);

    private static bool EndsOperand(JsToken previous) =>
        previous.Kind is JsTokenKind.Identifier or JsTokenKind.String or JsTokenKind.Template or JsTokenKind.TemplateTail or JsTokenKind.Number or JsTokenKind.Regex || previous.Text is ")" or "]" or "}" or "!";

    private int TopLevel(int start, int end, Func<int, bool> match)
    {
        for (var i = start; i < end; i++)
        {
            if (match(i))
            {
                return i;
            }

            i = S.Partner(i) > i ? S.Partner(i) : i;
        }

        return -1;
    }

    private int Colon(int question, int end)
    {
        var depth = 0;
        for (var i = question + 1; i < end; i++)
        {
            if (S[i].IsPunct("?"))
            {
                depth++;
            }
            else if (S[i].IsPunct(":") && depth-- == 0)
            {
                return i;
            }

            i = S.Partner(i) > i ? S.Partner(i) : i;
        }

        return -1;
    }

    private JsTaint? Operand(int start, int end)
    {
        var s = S;
        while (start < end && s[start].Text is "await" or "..." or "yield" or "new" && s[start].Kind is JsTokenKind.Identifier or JsTokenKind.Punctuator)
        {
            start++;
        }

        if (start >= end || s[start].Text is "!" or "typeof" or "void" or "delete" or "-" or "+" or "~" or "function" or "class")
        {
            return null;
        }

        return Chain(start, end);
    }

    private JsTaint? Chain(int start, int end)
    {
        var s = S;
        var i = start;
        JsTaint? current;
        string? path = null;
        var token = s[i];
        if (token.Kind == JsTokenKind.Identifier)
        {
            if (s.Is(i + 1, "=>") || token.Text is "true" or "false" or "null" or "undefined" or "async")
            {
                return null;
            }

            path = token.Text;
            current = token.Text == "this" ? null : Name(token.Text);

            i++;
        }
        else if (token.IsPunct("("))
        {
            if (s.Is(s.Partner(i) + 1, "=>"))
            {
                return null;
            }

            current = Expression(i + 1, s.Partner(i));
            i = s.Partner(i) + 1;
        }
        else if (token.IsPunct("["))
        {
            current = Items(i, objectLiteral: false);
            i = s.Partner(i) + 1;
        }
        else if (token.IsPunct("{"))
        {
            current = Items(i, objectLiteral: true);
            i = s.Partner(i) + 1;
        }
        else if (token.Kind == JsTokenKind.TemplateHead)
        {
            current = Template(i);
            i = s.Partner(i) + 1;
        }
        else if (token.Kind is JsTokenKind.String or JsTokenKind.Template or JsTokenKind.Number or JsTokenKind.Regex)
        {
            current = null;
            i++;
        }
        else
        {
            return null;
        }

        JsTaint? receiver = null;
        string? lastName = null;
        var free = path is not null && path != "this";
        var isNew = s.Is(start - 1, "new");
        while (i < end)
        {
            if ((s.Is(i, ".") || s.Is(i, "?.")) && i + 1 < end && (s.IsIdentifier(i + 1) || s[i + 1].Kind == JsTokenKind.PrivateName))
            {
                var name = s[i + 1].Text;
                receiver = current;
                lastName = name;
                free = false;
                path = path is null ? null : path + "." + name;
                current = path is not null && scope.BindingOf(path, at) is { } bound ? bound.Taint : JsPropagation.Member(current, name);
                i += 2;
            }
            else if (s.Is(i, "[") && s.Partner(i) > i)
            {
                var key = s.StringAt(i + 1, s.Partner(i));
                receiver = current;
                lastName = key;
                free = false;
                path = path is not null && key is not null ? path + "." + key : null;
                current = path is not null && scope.BindingOf(path, at) is { } bound ? bound.Taint : key is not null ? JsPropagation.Member(current, key) : current is null ? null : current with { Source = current.Source + "[]", Whole = false, IsRequest = false };
                i = s.Partner(i) + 1;
            }
            else if (s.Is(i, "(") && s.Partner(i) > i)
            {
                current = Call(free ? null : receiver, lastName ?? path, path, i, free, isNew);
                path = path is null ? null : path + "()";
                receiver = null;
                free = false;
                isNew = false;
                i = s.Partner(i) + 1;
            }
            else if (s.Is(i, "!"))
            {
                i++;
            }
            else if (s[i].Kind is JsTokenKind.Template or JsTokenKind.TemplateHead)
            {
                // A tagged template (sql`...`, Prisma.sql`...`): the tag receives the values separately.
                current = null;
                i = s[i].Kind == JsTokenKind.TemplateHead ? s.Partner(i) + 1 : i + 1;
            }
            else
            {
                break;
            }
        }

        return current;
    }

    private JsTaint? Name(string name)
    {
        if (scope.BindingOf(name, at) is { } binding)
        {
            return binding.Taint;
        }

        return JsRequestSources.IsRequestName(name) && !scope.File.Module.Imports.ContainsKey(name) && !scope.HelperMode ? JsTaint.Request(name) : null;
    }

    private JsTaint? Call(JsTaint? receiver, string? name, string? path, int open, bool free, bool isNew)
    {
        var s = S;
        var arguments = s.Items(open);
        if (name is null)
        {
            return null;
        }

        if (receiver is { IsRequest: true })
        {
            var first = arguments.Count > 0 ? s.StringAt(arguments[0].Start, arguments[0].End) : null;
            return JsRequestSources.Call(receiver, name, first);
        }

        if (receiver is not null)
        {
            if (JsPropagation.BooleanMethods.Contains(name))
            {
                return null;
            }

            // searchParams.get('q'), formData.get('name'): name the field read.
            var field = name is "get" or "getAll" && arguments.Count > 0 ? s.StringAt(arguments[0].Start, arguments[0].End) : null;
            return field is null ? receiver.AsString() : receiver.AsString() with { Source = $"{receiver.Source}.{name}('{field}')" };
        }

        var callee = path ?? name;
        if (free && isNew && name == "URL" || free && (JsPropagation.FreePropagators.Contains(name) || kind == JsSinkKind.Sql && name is "encodeURIComponent" or "escape"))
        {
            return FirstTainted(arguments, isNew && name == "URL" ? 1 : arguments.Count)?.AsString();
        }

        if (free && scope.File.HelperFunction(name) is { } helper)
        {
            return scope.File.ReturnsParameter(helper) ? FirstTainted(arguments, arguments.Count)?.AsString() : null;
        }

        if (JsPropagation.MemberPropagators.Contains(callee))
        {
            return FirstTainted(arguments, arguments.Count)?.AsString();
        }

        if (JsPropagation.ObjectBuilders.Contains(callee))
        {
            return FirstTainted(arguments, arguments.Count) is { } built ? built with { MayBeObject = true, Whole = false } : null;
        }

        if (JsPropagation.Validators.Contains(name) || JsPropagation.StringMethodsOnLiterals.Contains(name))
        {
            // schema.parse(req.body): the shape is checked, the content is still the caller's.
            return FirstTainted(arguments, arguments.Count)?.AsString();
        }

        return null;
    }

    private JsTaint? FirstTainted(IReadOnlyList<(int Start, int End)> arguments, int count)
    {
        for (var a = 0; a < arguments.Count && a < count; a++)
        {
            if (Expression(arguments[a].Start, arguments[a].End) is { } taint)
            {
                return taint;
            }
        }

        return null;
    }

    /// <summary>An array or object literal holds request data when one of its values does.</summary>
    private JsTaint? Items(int open, bool objectLiteral)
    {
        var s = S;
        foreach (var (start, end) in s.Items(open))
        {
            var valueStart = start;
            if (objectLiteral && !s.Is(start, "..."))
            {
                var colon = TopLevel(start, end, t => s[t].IsPunct(":"));
                if (colon < 0)
                {
                    // Shorthand `{ name }`; a method `{ name() {} }` is not a value.
                    if (s.IsIdentifier(start) && end == start + 1 && Name(s[start].Text) is { } shorthand)
                    {
                        return shorthand with { Whole = false };
                    }

                    continue;
                }

                valueStart = colon + 1;
            }

            if (Expression(valueStart, end) is { } taint)
            {
                return taint with { Whole = false, IsRequest = false };
            }
        }

        return null;
    }

    private JsTaint? Template(int head)
    {
        var s = S;
        var tail = s.Partner(head);
        var segmentStart = head + 1;
        for (var i = head + 1; i <= tail; i++)
        {
            if (i == tail || s[i].Kind == JsTokenKind.TemplateMiddle && s.Parent(i) == head)
            {
                if (Expression(segmentStart, i) is { } taint)
                {
                    return taint.AsString();
                }

                segmentStart = i + 1;
                continue;
            }

            i = s.Partner(i) > i ? s.Partner(i) : i;
        }

        return null;
    }
}
