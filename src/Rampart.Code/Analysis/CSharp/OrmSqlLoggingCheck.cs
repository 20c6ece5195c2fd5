using Rampart.Code.CSharp;
using Rampart.Core.Findings;
using Rampart.Core.Rules;

namespace Rampart.Code.Analysis.CSharp;

/// <summary>EF Core EnableSensitiveDataLogging outside a Development guard.</summary>
internal sealed class OrmSqlLoggingCheck : ICSharpCheck
{
    public Rule Rule => CodeRules.OrmSqlLogging;

    public IEnumerable<Finding> Check(CSharpFile file)
    {
        foreach (var call in file.Invocations)
        {
            if (CSharpSyntax.MethodName(call) == "EnableSensitiveDataLogging" && call.ArgumentList.Arguments.FirstOrDefault()?.ToString() != "false" && !CSharpSyntax.IsDevelopmentOnly(call)
                && !call.ArgumentList.Arguments.Any(a => a.ToString().Contains("IsDevelopment", StringComparison.Ordinal)))
            {
                yield return CodeFinding.Create(Rule, file.LocationOf(call), "EnableSensitiveDataLogging() writes every SQL parameter value (passwords, tokens, personal data) to the log, and it is not limited to Development", "EnableSensitiveDataLogging", null, CSharpFile.Snippet(call));
            }
        }
    }
}
