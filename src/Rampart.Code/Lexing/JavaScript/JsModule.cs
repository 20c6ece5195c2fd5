namespace Rampart.Code.Lexing.JavaScript;

/// <summary>
/// What one file binds and exports: ES imports and CommonJS requires, <c>export</c> forms and
/// <c>module.exports</c>/<c>exports.x</c>, and its named declarations (variables, functions, classes).
/// </summary>
public sealed class JsModule
{
    private readonly Dictionary<string, JsImport> _imports = new(StringComparer.Ordinal);
    private readonly Dictionary<string, JsExport> _exports = new(StringComparer.Ordinal);
    private readonly Dictionary<string, JsDeclaration> _declarations = new(StringComparer.Ordinal);

    private JsModule(JsSyntax syntax)
    {
        Syntax = syntax;
        Read();
    }

    public JsSyntax Syntax { get; }

    public IReadOnlyDictionary<string, JsImport> Imports => _imports;

    public IReadOnlyDictionary<string, JsExport> Exports => _exports;

    public IReadOnlyDictionary<string, JsDeclaration> Declarations => _declarations;

    /// <summary>Modules re-exported in full (<c>export * from './x'</c>).</summary>
    public List<string> StarReExports { get; } = [];

    /// <summary>True when the file starts with a <c>"use server"</c> directive (a Next.js server actions module).</summary>
    public bool IsServerModule { get; private set; }

    public static JsModule Read(JsSyntax syntax) => new(syntax);

    private void Read()
    {
        var s = Syntax;
        IsServerModule = s.Count > 0 && s[0].Kind == JsTokenKind.String && JsStrings.Value(s[0]) == "use server";
        for (var i = 0; i < s.Count; i++)
        {
            if (s[i].Kind != JsTokenKind.Identifier || s.Is(i - 1, ".") || s.Is(i - 1, "?."))
            {
                continue;
            }

            switch (s[i].Text)
            {
                case "import" when !s.Is(i + 1, "("):
                    ReadImport(i);
                    break;
                case "export":
                    ReadExport(i);
                    break;
                case "const" or "let" or "var":
                    ReadVariable(i);
                    break;
                case "function" when s.IsIdentifier(i + 1):
                    AddFunction(s.Is(i - 1, "async") ? i - 1 : i, s[i + 1].Text, i + 1);
                    break;
                case "class" when s.IsIdentifier(i + 1):
                    AddClass(i);
                    break;
                case "module" when s.Is(i + 1, ".") && s.Is(i + 2, "exports"):
                    ReadModuleExports(i + 3);
                    break;
                case "exports" when s.Is(i + 1, ".") && s.IsIdentifier(i + 2) && s.Is(i + 3, "="):
                    AddExport(new JsExport(s[i + 2].Text, s[i].Line) { Start = i + 4, End = JsExpressions.End(s, i + 4), LocalName = SingleIdentifier(i + 4) });
                    break;
            }
        }
    }

    private void ReadImport(int i)
    {
        var s = Syntax;
        var from = i + 1;
        while (from < s.Count && !s.Is(from, "from") && !s[from].IsStringLiteral && !s.Is(from, ";"))
        {
            from = s.Partner(from) > from ? s.Partner(from) + 1 : from + 1;
        }

        var specIndex = s.Is(from, "from") ? from + 1 : from;
        if (specIndex >= s.Count || !s[specIndex].IsStringLiteral || s.Is(i + 1, "type"))
        {
            return;
        }

        var spec = JsStrings.Value(s[specIndex]);
        for (var j = i + 1; j < from; j++)
        {
            if (s.Is(j, "{"))
            {
                foreach (var (start, end) in s.Items(j))
                {
                    var typeOnly = s.Is(start, "type") && end - start > 1;
                    var first = typeOnly ? start + 1 : start;
                    if (!typeOnly && s.IsIdentifier(first) || typeOnly)
                    {
                        var local = s.Is(end - 2, "as") ? s[end - 1].Text : s[first].Text;
                        _imports.TryAdd(local, new JsImport(spec, s[first].Text, s[i].Line));
                    }
                }

                j = s.Partner(j);
            }
            else if (s.Is(j, "*") && s.Is(j + 1, "as") && s.IsIdentifier(j + 2))
            {
                _imports.TryAdd(s[j + 2].Text, new JsImport(spec, "*", s[i].Line));
                j += 2;
            }
            else if (s.IsIdentifier(j) && !s.Is(j, "as"))
            {
                // `import x from`, and TypeScript's `import x = require('y')`.
                _imports.TryAdd(s[j].Text, new JsImport(spec, "default", s[i].Line));
            }
        }

        if (s.IsIdentifier(i + 1) && s.Is(i + 2, "=") && s.Is(i + 3, "require") && s.Is(i + 4, "(") && s.StringAt(i + 5, i + 6) is { } required)
        {
            _imports[s[i + 1].Text] = new JsImport(required, "default", s[i].Line);
        }
    }

    private void ReadVariable(int i)
    {
        var s = Syntax;
        var name = i + 1;
        if (s.Is(name, "{") && s.Partner(name) > name && s.Is(s.Partner(name) + 1, "=") && RequireAt(s.Partner(name) + 2) is { } destructured)
        {
            foreach (var (start, itemEnd) in s.Items(name))
            {
                if (s.IsIdentifier(start))
                {
                    var local = s.Is(start + 1, ":") && s.IsIdentifier(itemEnd - 1) ? s[itemEnd - 1].Text : s[start].Text;
                    _imports.TryAdd(local, new JsImport(destructured.Spec, s[start].Text, s[i].Line));
                }
            }

            return;
        }

        if (!s.IsIdentifier(name))
        {
            return;
        }

        var eq = name + 1;
        if (s.Is(eq, ":"))
        {
            // A TypeScript annotation: `const router: Router = ...`.
            while (eq < s.Count && !s.Is(eq, "=") && !s.Is(eq, ";") && s[eq].Line == s[name].Line)
            {
                eq = s.Partner(eq) > eq ? s.Partner(eq) + 1 : eq + 1;
            }
        }

        if (!s.Is(eq, "="))
        {
            return;
        }

        var init = eq + 1;
        // `require('x')` or `require('x').member`; `require('express').Router()` is a value, not an import.
        if (RequireAt(init) is { } required && !(s.Is(required.End, ".") && s.Is(required.End + 2, "(")) && !s.Is(required.End, "("))
        {
            var member = s.Is(required.End, ".") && s.IsIdentifier(required.End + 1) ? s[required.End + 1].Text : "default";
            _imports.TryAdd(s[name].Text, new JsImport(required.Spec, member, s[i].Line));
            return;
        }

        var end = JsExpressions.End(s, init);
        var function = JsExpressions.FunctionAt(s, init);
        _declarations.TryAdd(s[name].Text, new JsDeclaration(s[name].Text, name, init, end) { Function = function is not null && function.BodyEnd >= end - 1 ? function with { Name = s[name].Text } : null });
    }

    /// <summary><c>require('x')</c> at a token: the specifier and the index after the call.</summary>
    public (string Spec, int End)? RequireAt(int i)
    {
        var s = Syntax;
        if (s.Is(i, "await"))
        {
            i++;
        }

        return s.Is(i, "require") && s.Is(i + 1, "(") && s.Is(i + 3, ")") && s.StringAt(i + 2, i + 3) is { } spec ? (spec, i + 4) : null;
    }

    private void AddFunction(int start, string name, int nameIndex)
    {
        if (JsExpressions.FunctionAt(Syntax, start) is { } function)
        {
            _declarations.TryAdd(name, new JsDeclaration(name, nameIndex, start, function.BodyEnd) { Function = function });
        }
    }

    private void AddClass(int i)
    {
        var open = i + 2;
        while (open < Syntax.Count && !Syntax.Is(open, "{"))
        {
            open++;
        }

        if (open < Syntax.Count)
        {
            _declarations.TryAdd(Syntax[i + 1].Text, new JsDeclaration(Syntax[i + 1].Text, i + 1, open, Syntax.Partner(open) + 1));
        }
    }

    private void ReadExport(int i)
    {
        var s = Syntax;
        var line = s[i].Line;
        var next = i + 1;
        if (s.Is(next, "default"))
        {
            var start = next + 1;
            var name = s.Is(start, "async") ? start + 2 : start + 1;
            var local = s.Is(start, "function") || s.Is(start, "async") && s.Is(start + 1, "function") || s.Is(start, "class") ? (s.IsIdentifier(name) ? s[name].Text : null) : SingleIdentifier(start);
            AddExport(new JsExport("default", line) { LocalName = local, Start = start, End = JsExpressions.End(s, start) });
            return;
        }

        if (s.Is(next, "async"))
        {
            next++;
        }

        if (s.Is(next, "const") || s.Is(next, "let") || s.Is(next, "var") || s.Is(next, "function") || s.Is(next, "class"))
        {
            var nameIndex = s.Is(next + 1, "*") ? next + 2 : next + 1;
            if (s.IsIdentifier(nameIndex))
            {
                AddExport(new JsExport(s[nameIndex].Text, line) { LocalName = s[nameIndex].Text });
            }

            return;
        }

        if (s.Is(next, "*"))
        {
            var from = s.Is(next + 1, "from") ? next + 2 : -1;
            if (from > 0 && s[from].IsStringLiteral)
            {
                StarReExports.Add(JsStrings.Value(s[from]));
            }

            return;
        }

        if (!s.Is(next, "{") || s.Partner(next) < 0)
        {
            return;
        }

        var close = s.Partner(next);
        var spec = s.Is(close + 1, "from") && close + 2 < s.Count && s[close + 2].IsStringLiteral ? JsStrings.Value(s[close + 2]) : null;
        foreach (var (start, end) in s.Items(next))
        {
            if (!s.IsIdentifier(start))
            {
                continue;
            }

            var exported = s.Is(end - 2, "as") ? s[end - 1].Text : s[start].Text;
            AddExport(spec is null
                ? new JsExport(exported, line) { LocalName = s[start].Text }
                : new JsExport(exported, line) { ReExport = new JsImport(spec, s[start].Text, line) });
        }
    }

    private void ReadModuleExports(int i)
    {
        var s = Syntax;
        if (s.Is(i, ".") && s.IsIdentifier(i + 1) && s.Is(i + 2, "="))
        {
            AddExport(new JsExport(s[i + 1].Text, s[i].Line) { Start = i + 3, End = JsExpressions.End(s, i + 3), LocalName = SingleIdentifier(i + 3) });
            return;
        }

        if (!s.Is(i, "="))
        {
            return;
        }

        var start = i + 1;
        if (s.Is(start, "{") && s.Partner(start) > start)
        {
            foreach (var (itemStart, itemEnd) in s.Items(start))
            {
                if (s.IsIdentifier(itemStart))
                {
                    var local = s.Is(itemStart + 1, ":") ? SingleIdentifier(itemStart + 2) : s[itemStart].Text;
                    AddExport(new JsExport(s[itemStart].Text, s[itemStart].Line) { LocalName = local, Start = s.Is(itemStart + 1, ":") ? itemStart + 2 : itemStart, End = itemEnd });
                }
            }

            return;
        }

        AddExport(new JsExport("default", s[i].Line) { LocalName = SingleIdentifier(start), Start = start, End = JsExpressions.End(s, start) });
    }

    private string? SingleIdentifier(int i) =>
        Syntax.IsIdentifier(i) && JsExpressions.End(Syntax, i) == i + 1 ? Syntax[i].Text : null;

    private void AddExport(JsExport export) => _exports.TryAdd(export.Name, export);
}
