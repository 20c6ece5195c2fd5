using Rampart.Code.Analysis;
using Rampart.Code.Lexing.JavaScript;

namespace Rampart.Code.Analysis.JavaScript;

/// <summary>
/// The types of the workspace that hold a secret field: TypeScript classes, interfaces and object
/// types (<c>interface User { passwordHash: string }</c>), Mongoose schemas registered as models
/// (<c>model('User', new Schema({ password: String }))</c>) and Sequelize models
/// (<c>define('User', { password })</c>, <c>User.init({ password })</c>). A logged name counts as
/// such an object when it is typed so, built with <c>new User(...)</c>, or loaded with
/// <c>User.findOne(...)</c> / <c>prisma.user.findUnique(...)</c> / <c>userRepository.findOne(...)</c>.
/// </summary>
internal sealed class JsSensitiveTypes
{
    private readonly Dictionary<string, string> _fields = new(StringComparer.Ordinal);

    public static JsSensitiveTypes Build(IEnumerable<JsCodeFile> files)
    {
        var types = new JsSensitiveTypes();
        foreach (var file in files)
        {
            types.Read(file);
        }

        return types;
    }

    /// <summary>The sensitive type and field of the object a name at a token holds, or null.</summary>
    public (string Type, string Field)? FieldOf(JsCodeFile file, int index)
    {
        if (_fields.Count == 0)
        {
            return null;
        }

        var s = file.Syntax;
        var name = s[index].Text;
        foreach (var type in TypesOf(file, name, index))
        {
            if (_fields.TryGetValue(type, out var field))
            {
                return (type, field);
            }
        }

        return null;
    }

    private static IEnumerable<string> TypesOf(JsCodeFile file, string name, int index)
    {
        var s = file.Syntax;
        if (file.ScopeAt(index).BindingOf(name, index) is { ValueStart: >= 0 } binding)
        {
            // const user: User = ...
            if (s.Is(binding.ValueStart - 1, "=") && s.IsIdentifier(binding.ValueStart - 2) && s.Is(binding.ValueStart - 3, ":"))
            {
                yield return s[binding.ValueStart - 2].Text;
            }

            var i = binding.ValueStart;
            while (s.Is(i, "await") || s.Is(i, "new"))
            {
                i++;
            }

            if (s.IsIdentifier(i))
            {
                var chain = new List<string> { s[i].Text };
                for (var j = i + 1; s.Is(j, ".") && s.IsIdentifier(j + 1); j += 2)
                {
                    chain.Add(s[j + 1].Text);
                }

                foreach (var part in chain.Take(chain.Count > 1 ? chain.Count - 1 : 1))
                {
                    var model = ModelName(part);
                    yield return model;
                    if (model.Length > 1 && model.EndsWith('s'))
                    {
                        // this.users.findOne(...) on a Repository<User>.
                        yield return model[..^1];
                    }
                }
            }
        }

        // (user: User) parameters.
        if (file.FunctionAt(index) is { } function)
        {
            foreach (var parameter in function.Parameters)
            {
                if (parameter.Name == name && s.Is(parameter.End, ":") && s.IsIdentifier(parameter.End + 1))
                {
                    yield return s[parameter.End + 1].Text;
                }
            }
        }
    }

    /// <summary><c>prisma.user</c> → User, <c>userRepository</c> → User, <c>UserModel</c> → User.</summary>
    private static string ModelName(string part)
    {
        foreach (var suffix in new[] { "Repository", "Repo", "Model" })
        {
            if (part.Length > suffix.Length && part.EndsWith(suffix, StringComparison.Ordinal))
            {
                part = part[..^suffix.Length];
                break;
            }
        }

        return part.Length == 0 ? part : char.ToUpperInvariant(part[0]) + part[1..];
    }

    private void Read(JsCodeFile file)
    {
        var s = file.Syntax;
        for (var i = 0; i + 2 < s.Count; i++)
        {
            if (s[i].Text is "class" or "interface" && s.IsIdentifier(i + 1) && !s.Is(i - 1, "."))
            {
                var open = i + 2;
                while (open < s.Count && !s.Is(open, "{") && open < i + 40)
                {
                    open++;
                }

                if (s.Is(open, "{") && SecretField(s, open, members: true) is { } field)
                {
                    _fields.TryAdd(s[i + 1].Text, field);
                }
            }
            else if (s.Is(i, "type") && s.IsIdentifier(i + 1) && s.Is(i + 2, "=") && s.Is(i + 3, "{") && SecretField(s, i + 3, members: true) is { } typeField)
            {
                _fields.TryAdd(s[i + 1].Text, typeField);
            }
        }

        foreach (var call in file.Calls)
        {
            // mongoose.model('User', schema) / sequelize.define('User', { ... }) / User.init({ ... })
            if (call.Name is "model" or "define" && call.Arguments.Count >= 2 && s.StringAt(call.Arguments[0].Start, call.Arguments[0].End) is { } model)
            {
                var open = JsObjectLiteral.At(file, call.Arguments[1]);
                if (open < 0 && s.IsIdentifier(call.Arguments[1].Start) && file.Module.Declarations.TryGetValue(s[call.Arguments[1].Start].Text, out var schema))
                {
                    open = SchemaObject(file, schema.InitStart, schema.InitEnd);
                }

                if (open >= 0 && SecretField(s, open, members: false) is { } field)
                {
                    _fields.TryAdd(model, field);
                }
            }
            else if (call.Name == "init" && call.Parts.Count == 2 && call.Arguments.Count >= 1 && JsObjectLiteral.At(file, call.Arguments[0]) is var init && init >= 0 && SecretField(s, init, members: false) is { } initField)
            {
                _fields.TryAdd(call.Parts[0], initField);
            }
        }
    }

    private static int SchemaObject(JsCodeFile file, int start, int end)
    {
        var s = file.Syntax;
        for (var i = start; i < end; i++)
        {
            if (s.Is(i, "Schema") && s.Is(i + 1, "(") && s.Is(i + 2, "{"))
            {
                return i + 2;
            }
        }

        return -1;
    }

    /// <summary>The first field of an object type, class body or object literal whose name says secret (cookie names aside).</summary>
    private static string? SecretField(JsSyntax s, int open, bool members)
    {
        var close = s.Partner(open);
        for (var i = open + 1; i < close; i++)
        {
            if (s.Partner(i) > i)
            {
                i = s.Partner(i);
                continue;
            }

            if (!s.IsIdentifier(i) || s.Is(i - 1, "."))
            {
                continue;
            }

            var declares = s.Is(i + 1, ":") || members && (s.Is(i + 1, "?") || s.Is(i + 1, "!") || s.Is(i + 1, ";") || s.Is(i + 1, "="));
            if (declares && SensitiveNames.Classify(s[i].Text) is { } kind && kind != "cookie")
            {
                return s[i].Text;
            }
        }

        return null;
    }
}
