using Microsoft.CodeAnalysis.CSharp.Syntax;
using Rampart.Code.CSharp;

namespace Rampart.Code.Analysis.CSharp;

/// <summary>Recognises calls that write to a log: ILogger extensions, Serilog, NLog, log4net, Console/Debug/Trace.</summary>
internal static class LoggingCalls
{
    private static readonly HashSet<string> LoggerMethods = new(StringComparer.Ordinal)
    {
        "LogTrace", "LogDebug", "LogInformation", "LogWarning", "LogError", "LogCritical", "Log",
        "Verbose", "Debug", "Information", "Warning", "Error", "Fatal", "Trace", "Info", "Warn", "DebugFormat", "InfoFormat", "WarnFormat", "ErrorFormat",
    };

    /// <summary>The arguments that carry logged values (the message template or text included).</summary>
    public static IReadOnlyList<ArgumentSyntax>? LoggedArguments(InvocationExpressionSyntax call)
    {
        var name = CSharpSyntax.MethodName(call);
        var receiver = CSharpSyntax.ReceiverOf(call);
        var isConsole = name is "WriteLine" or "Write" && receiver is "Console" or "Debug" or "Trace" or "System.Console" or "Console.Out" or "Console.Error";
        var isLogger = name is not null && LoggerMethods.Contains(name) && (receiver.Contains("log", StringComparison.OrdinalIgnoreCase) || receiver is "Log");
        return isConsole || isLogger ? call.ArgumentList.Arguments.ToList() : null;
    }

    /// <summary>The name a logged value goes by: <c>password</c>, <c>req.Password</c> → Password, <c>Headers["Authorization"]</c> → Authorization.</summary>
    public static string? ValueName(ExpressionSyntax expression) => expression switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
        ElementAccessExpressionSyntax { ArgumentList.Arguments: [{ Expression: LiteralExpressionSyntax key }] } => key.Token.ValueText,
        InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "ToString" or "Trim" or "ToLower" or "ToUpper" or "ToLowerInvariant" or "ToUpperInvariant" } inner } => ValueName(inner.Expression),
        ConditionalAccessExpressionSyntax conditional => conditional.WhenNotNull is MemberBindingExpressionSyntax binding ? binding.Name.Identifier.ValueText : ValueName(conditional.Expression),
        _ => null,
    };
}
