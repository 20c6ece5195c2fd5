using Rampart.Code.Lexing.JavaScript;

namespace Rampart.Code.Analysis.JavaScript;

/// <summary>
/// The intra-procedural taint state of one outermost function (its nested callbacks included):
/// every assignment, declaration, destructuring and parameter in token order, so that a value is
/// tainted at a point when its latest assignment before that point was. A clean reassignment
/// (<c>id = Number(id)</c>) or an allow-list check (<c>if (!ALLOWED.includes(name))</c>,
/// <c>/^\w+$/.test(name)</c>, <c>full.startsWith(root)</c>) ends the taint from there on.
/// </summary>
internal sealed class JsTaintScope
{
    private static readonly HashSet<string> CollectingMethods = new(StringComparer.Ordinal) { "push", "unshift", "append", "set", "add" };
    private static readonly HashSet<string> AssignmentOperators = new(StringComparer.Ordinal) { "=", "+=", "||=", "??=", "&&=" };

    private readonly Dictionary<string, List<JsBinding>> _bindings = new(StringComparer.Ordinal);
    private readonly bool[] _inPattern;
    private readonly int _start;

    private readonly JsCodeFunction? _root;

    private JsTaintScope(JsCodeFile file, JsCodeFunction? root, bool helperMode)
    {
        File = file;
        _root = root;
        _start = root?.Start ?? 0;
        End = root?.BodyEnd ?? file.Syntax.Count;
        HelperMode = helperMode;
        _inPattern = new bool[Math.Max(0, End - _start)];
    }

    public JsCodeFile File { get; }

    public int End { get; }

    /// <summary>True when every parameter counts as tainted: the scope of a helper whose returns are being checked.</summary>
    public bool HelperMode { get; }

    private JsSyntax S => File.Syntax;

    /// <summary>The scope of an outermost function, or of the module's top-level code when <paramref name="root"/> is null.</summary>
    public static JsTaintScope Build(JsCodeFile file, JsCodeFunction? root, bool helperMode)
    {
        var scope = new JsTaintScope(file, root, helperMode);
        scope.Walk();
        return scope;
    }

    /// <summary>The taint of the expression in [start, end) at its position; null when it does not come from the request.</summary>
    public JsTaint? Evaluate(int start, int end, JsSinkKind kind = JsSinkKind.Any) => new JsTaintEvaluator(this, start, kind).Expression(start, end);

    /// <summary>The latest binding of a name or dotted path before a token.</summary>
    public JsBinding? BindingOf(string path, int at)
    {
        if (!_bindings.TryGetValue(path, out var list))
        {
            return null;
        }

        JsBinding? best = null;
        foreach (var binding in list)
        {
            if (binding.From <= at && (best is null || binding.From >= best.From))
            {
                best = binding;
            }
        }

        return best;
    }

    private void Bind(string path, JsTaint? taint, int from, int valueStart = -1, int valueEnd = -1)
    {
        if (!_bindings.TryGetValue(path, out var list))
        {
            _bindings[path] = list = [];
        }

        list.Add(new JsBinding(from, taint, valueStart, valueEnd));
    }

    private void Walk()
    {
        var s = S;
        for (var i = _start; i < End; i++)
        {
            if (File.FunctionStartingAt(i) is { } function)
            {
                if (_root is null)
                {
                    // Top-level code only: functions have their own scopes.
                    i = function.BodyEnd - 1;
                    continue;
                }

                BindParameters(function);
            }

            if (s[i].Kind != JsTokenKind.Identifier || s.Is(i - 1, ".") || s.Is(i - 1, "?.") || _inPattern[i - _start])
            {
                continue;
            }

            switch (s[i].Text)
            {
                case "const" or "let" or "var":
                    Declaration(i);
                    continue;
                case "if" when s.Is(i + 1, "("):
                    Guard(i + 1);
                    continue;
            }

            Assignment(i);
        }
    }

    private void BindParameters(JsCodeFunction function)
    {
        for (var p = 0; p < function.Parameters.Count; p++)
        {
            var parameter = function.Parameters[p];
            var taint = HelperMode && function == _root ? new JsTaint(parameter.Name ?? "parameter") : JsParameterSources.TaintOf(File, function, p);
            BindPattern(parameter.Start, parameter.End, taint, function.Start, -1, -1);
        }
    }

    private void Declaration(int keyword)
    {
        var s = S;
        var j = keyword + 1;
        while (j < End)
        {
            var patternEnd = s.IsIdentifier(j) ? j + 1 : s.Partner(j) > j && s[j].Text is "{" or "[" ? s.Partner(j) + 1 : -1;
            if (patternEnd < 0)
            {
                return;
            }

            var k = patternEnd;
            if (s.Is(k, ":") || s.Is(k, "!"))
            {
                // A TypeScript annotation: skip to the initializer.
                while (k < End && !s.Is(k, "=") && !s.Is(k, ";") && !s.Is(k, ",") && !s.Is(k, ")") && s[k].Line == s[patternEnd].Line)
                {
                    k = s.Partner(k) > k ? s.Partner(k) + 1 : k + 1;
                }
            }

            if (s.Is(k, "of") || s.Is(k, "in"))
            {
                var close = s.Parent(k) >= 0 ? s.Partner(s.Parent(k)) : JsExpressions.End(s, k + 1);
                var collection = s.Is(k, "of") ? Evaluate(k + 1, close) : null;
                BindPattern(j, patternEnd, collection is null ? null : collection with { Source = collection.Source + "[]", Whole = false }, k, k + 1, close);
                return;
            }

            if (!s.Is(k, "="))
            {
                BindPattern(j, patternEnd, null, patternEnd, -1, -1);
                if (!s.Is(k, ","))
                {
                    return;
                }

                j = k + 1;
                continue;
            }

            var initEnd = JsExpressions.End(s, k + 1);
            BindPattern(j, patternEnd, Evaluate(k + 1, initEnd), initEnd, k + 1, initEnd);
            if (!s.Is(initEnd, ","))
            {
                return;
            }

            j = initEnd + 1;
        }
    }

    /// <summary>Binds the names of an identifier, <c>{ a, b: c, ...rest }</c> or <c>[a, b]</c> pattern to the members of a value.</summary>
    private void BindPattern(int start, int end, JsTaint? value, int from, int valueStart, int valueEnd)
    {
        var s = S;
        for (var t = start; t < end && t < End; t++)
        {
            if (t >= _start)
            {
                _inPattern[t - _start] = true;
            }
        }

        if (s.IsIdentifier(start))
        {
            Bind(s[start].Text, value, from, valueStart, valueEnd);
            return;
        }

        var isObject = s.Is(start, "{");
        foreach (var (itemStart, itemEnd) in s.Items(start))
        {
            var i = itemStart;
            if (s.Is(i, "..."))
            {
                if (s.IsIdentifier(i + 1))
                {
                    Bind(s[i + 1].Text, value is null ? null : value with { Whole = false }, from);
                }

                continue;
            }

            if (!isObject)
            {
                var elementEnd = s.Partner(i) > i ? s.Partner(i) + 1 : i + 1;
                BindPattern(i, elementEnd, value is null ? null : value with { Source = value.Source + "[]", Whole = false }, from, -1, -1);
                continue;
            }

            if (!s.IsIdentifier(i) && !s[i].IsStringLiteral)
            {
                continue;
            }

            var key = s.IsIdentifier(i) ? s[i].Text : JsStrings.Value(s[i]);
            var member = JsPropagation.Member(value, key);
            if (s.Is(i + 1, ":") && i + 2 < itemEnd)
            {
                var target = i + 2;
                var targetEnd = s.Partner(target) > target && s[target].Text is "{" or "[" ? s.Partner(target) + 1 : target + 1;
                BindPattern(target, targetEnd, member, from, -1, -1);
            }
            else if (s.IsIdentifier(i))
            {
                Bind(key, member, from);
            }
        }
    }

    private void Assignment(int i)
    {
        var s = S;
        var (path, j) = AssignedPath(i);
        var plainName = j == i + 1;
        if (!plainName && path is not null && s.Is(j - 2, ".") && CollectingMethods.Contains(s[j - 1].Text) && s.Is(j, "("))
        {
            // parts.push(req.query.x): the collection now holds request data.
            var collected = Evaluate(j + 1, s.Partner(j));
            var owner = path[..path.LastIndexOf('.')];
            if (collected is not null && !owner.Contains('.'))
            {
                Bind(owner, collected with { Whole = false }, s.Partner(j) + 1);
            }

            return;
        }

        if (j >= End || s[j].Kind != JsTokenKind.Punctuator || !AssignmentOperators.Contains(s[j].Text))
        {
            return;
        }

        var valueEnd = JsExpressions.End(s, j + 1);
        var taint = Evaluate(j + 1, valueEnd);
        if (s[j].Text != "=" && path is not null)
        {
            taint ??= BindingOf(path, i)?.Taint;
        }

        if (path is not null)
        {
            Bind(path, taint, valueEnd, j + 1, valueEnd);
        }

        var root = s[i].Text;
        if (!plainName && taint is not null && BindingOf(root, i) is not { Taint.IsRequest: true })
        {
            // filter.name = req.query.name: the object now carries request data.
            Bind(root, BindingOf(root, i)?.Taint ?? taint with { Whole = false }, valueEnd);
        }
    }

    /// <summary>The dotted path of an assignment target at a name (<c>a.b['c']</c> is <c>a.b.c</c>; null when an index is computed) and the token after it.</summary>
    private (string? Path, int Next) AssignedPath(int i)
    {
        var s = S;
        string? path = s[i].Text;
        var j = i + 1;
        while (j < End)
        {
            if ((s.Is(j, ".") || s.Is(j, "?.")) && s.IsIdentifier(j + 1))
            {
                path = path is null ? null : path + "." + s[j + 1].Text;
                j += 2;
            }
            else if (s.Is(j, "[") && s.Partner(j) > j)
            {
                path = path is not null && s.StringAt(j + 1, s.Partner(j)) is { } key ? path + "." + key : null;
                j = s.Partner(j) + 1;
            }
            else
            {
                break;
            }
        }

        return (path, j);
    }

    /// <summary>An <c>if</c> condition that checks a value against an allow-list, a pattern or a root folder: the value is clean after it.</summary>
    private void Guard(int open)
    {
        var s = S;
        var close = s.Partner(open);
        foreach (var path in JsGuards.Checked(s, open + 1, close))
        {
            Bind(path, null, close);

            // HOSTS.has(url.hostname): the URL object itself is checked.
            if (path.EndsWith(".hostname", StringComparison.Ordinal) || path.EndsWith(".host", StringComparison.Ordinal) || path.EndsWith(".origin", StringComparison.Ordinal))
            {
                Bind(path[..path.LastIndexOf('.')], null, close);
            }
        }

        foreach (var (path, start, end) in JsGuards.TypeChecked(s, open + 1, close))
        {
            if (Evaluate(start, end) is { } taint)
            {
                Bind(path, taint.AsString(), close);
            }
        }
    }

}
