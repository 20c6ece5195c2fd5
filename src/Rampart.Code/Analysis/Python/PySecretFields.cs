using System.Runtime.CompilerServices;
using Rampart.Code.Analysis;
using Rampart.Code.Lexing.Python;
using Rampart.Code.Lexing.Python.Syntax;

namespace Rampart.Code.Analysis.Python;

/// <summary>
/// Classes of the project that declare a secret field (<c>password: str</c>, <c>api_key = models.CharField(...)</c>),
/// so that logging a whole object of that class counts as logging the secret. Pydantic <c>SecretStr</c>/<c>SecretBytes</c>
/// fields print as stars and do not count.
/// </summary>
internal static class PySecretFields
{
    private static readonly ConditionalWeakTable<PyDefinition, string?> Cache = new();

    /// <summary>"payload (a LoginRequest, which has a password field)" when the name's type is such a class.</summary>
    public static string? OfName(PyFlow flow, string name)
    {
        var typeName = flow.Function?.Parameters.FirstOrDefault(p => p.Name == name)?.Annotation?.DottedName ?? flow.ConstructedBy(name);
        if (typeName is null)
        {
            return null;
        }

        typeName = typeName.EndsWith(".objects.get", StringComparison.Ordinal) ? typeName[..^".objects.get".Length] : typeName;
        var symbol = flow.File.Workspace.Resolve(flow.File.Module, typeName);
        if (symbol?.Definition is not { IsClass: true } definition)
        {
            return null;
        }

        var field = Cache.GetValue(definition, d => SecretField(symbol.Module, d));
        return field is null ? null : $"`{name}` (a {definition.Name}, with a `{field}` field)";
    }

    /// <summary>
    /// <c>settings.OPENAI_API_KEY</c> where <c>settings = Settings()</c> and the class declares the field
    /// as <c>SecretStr</c>/<c>SecretBytes</c>: printing it shows stars, not the key.
    /// </summary>
    public static bool IsMaskedAttribute(PyFlow flow, string chain)
    {
        var parts = chain.Split('.');
        if (parts.Length != 2 || flow.File.Workspace.Resolve(flow.File.Module, parts[0]) is not { Assignment.Value: PyCall { Function: PyName cls } } owner
            || flow.File.Workspace.Resolve(owner.Module, cls.Dotted) is not { Definition: { IsClass: true } definition } classSymbol)
        {
            return false;
        }

        var tokens = classSymbol.Module.Tokens;
        return definition.Body.Any(s => tokens[s.Start].IsName(parts[1]) && s.Start + 1 < s.End && tokens[s.Start + 1].Is(":")
            && PyExprParser.Text(tokens, s.Start + 2, s.End).Contains("Secret", StringComparison.Ordinal));
    }

    private static string? SecretField(PyModule module, PyDefinition definition)
    {
        var tokens = module.Tokens;
        foreach (var statement in definition.Body)
        {
            var first = tokens[statement.Start];
            if (first.Kind != PythonTokenKind.Name || statement.Start + 1 >= statement.End || !(tokens[statement.Start + 1].Is(":") || tokens[statement.Start + 1].Is("=")))
            {
                continue;
            }

            var rest = PyExprParser.Text(tokens, statement.Start + 2, statement.End);
            if (SensitiveNames.IsSensitive(first.Text) && !rest.Contains("SecretStr", StringComparison.Ordinal) && !rest.Contains("SecretBytes", StringComparison.Ordinal) && !rest.Contains("Field(exclude=True", StringComparison.Ordinal) && !rest.Contains("repr=False", StringComparison.Ordinal))
            {
                return first.Text;
            }
        }

        return null;
    }
}
