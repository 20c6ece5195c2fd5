using Rampart.Code.CSharp;
using Rampart.Core.Findings;
using Rampart.Core.Rules;

namespace Rampart.Code.Analysis.CSharp;

/// <summary>UseDeveloperExceptionPage outside an IsDevelopment guard: stack traces and configuration for everyone.</summary>
internal sealed class DeveloperExceptionPageCheck : ICSharpCheck
{
    public Rule Rule => CodeRules.DebugModeInProduction;

    public IEnumerable<Finding> Check(CSharpFile file)
    {
        foreach (var call in file.Invocations)
        {
            if (CSharpSyntax.MethodName(call) is "UseDeveloperExceptionPage" or "UseDatabaseErrorPage" or "UseMigrationsEndPoint" && !CSharpSyntax.IsDevelopmentOnly(call))
            {
                yield return CodeFinding.Create(Rule, file.LocationOf(call), $"{CSharpSyntax.MethodName(call)}() runs in every environment: stack traces, source lines and configuration are shown to anyone who triggers an error", CSharpSyntax.MethodName(call)!, null, CSharpFile.Snippet(call));
            }
        }
    }
}
