using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Rampart.Code.CSharp;
using Rampart.Core.Findings;
using Rampart.Core.Rules;

namespace Rampart.Code.Analysis.CSharp;

/// <summary>
/// A secret-named value (password, token, API key, card number...) passed to a logger or
/// Console: as an argument, inside an interpolated or concatenated message, or inside an object
/// that is destructured (<c>{@Command}</c>) or a record (whose ToString prints every property).
/// Words in the message text itself are never a finding.
/// </summary>
internal sealed class SensitiveDataLoggedCheck : ICSharpCheck
{
    public Rule Rule => CodeRules.SensitiveDataLogged;

    public IEnumerable<Finding> Check(CSharpFile file)
    {
        foreach (var call in file.Invocations)
        {
            if (LoggingCalls.LoggedArguments(call) is not { Count: > 0 } arguments)
            {
                continue;
            }

            var template = arguments.Select(a => a.Expression).OfType<LiteralExpressionSyntax>().FirstOrDefault()?.Token.ValueText ?? "";
            if (FirstSensitive(arguments, template, file) is { } what)
            {
                yield return CodeFinding.Create(Rule, file.LocationOf(call), $"{what} is written to the log by {CSharpSyntax.MethodName(call)}", $"{CSharpSyntax.ReceiverOf(call)}.{CSharpSyntax.MethodName(call)}", what, CSharpFile.Snippet(call));
            }
        }
    }

    private static string? FirstSensitive(IReadOnlyList<ArgumentSyntax> arguments, string template, CSharpFile file)
    {
        foreach (var argument in arguments)
        {
            foreach (var value in Values(argument.Expression))
            {
                if (LoggingCalls.ValueName(value) is { } name && SensitiveNames.IsSensitive(name))
                {
                    return $"`{value}`";
                }

                if (SensitiveMembers(value, template, file) is { } member)
                {
                    return member;
                }
            }
        }

        return null;
    }

    /// <summary>The values in an argument: itself, or the holes of an interpolation and the parts of a concatenation.</summary>
    private static IEnumerable<ExpressionSyntax> Values(ExpressionSyntax expression) => expression switch
    {
        InterpolatedStringExpressionSyntax interpolated => interpolated.Contents.OfType<InterpolationSyntax>().Select(h => h.Expression),
        BinaryExpressionSyntax binary => Values(binary.Left).Concat(Values(binary.Right)),
        LiteralExpressionSyntax => [],
        _ => [expression],
    };

    /// <summary>An object whose type (declared in the project) has a secret-named property, when it is destructured or is a record.</summary>
    private static string? SensitiveMembers(ExpressionSyntax value, string template, CSharpFile file)
    {
        if (file.Model.GetTypeInfo(value).Type is not INamedTypeSymbol { DeclaringSyntaxReferences.Length: > 0 } type)
        {
            return null;
        }

        var destructured = template.Contains("{@", StringComparison.Ordinal);
        if (!destructured && !type.IsRecord)
        {
            return null;
        }

        var secret = type.GetMembers().OfType<IPropertySymbol>().FirstOrDefault(p => SensitiveNames.IsSensitive(p.Name));
        return secret is null ? null : $"`{value}` ({type.Name}, whose {secret.Name} is {(destructured ? "destructured" : "printed by the record's ToString")})";
    }
}
