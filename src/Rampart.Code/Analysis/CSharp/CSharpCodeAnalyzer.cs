using Rampart.Code.CSharp;
using Rampart.Core.Findings;
using Rampart.Core.Scanning;

namespace Rampart.Code.Analysis.CSharp;

/// <summary>The code rules for C#, on the Roslyn syntax trees the route inventory also uses (parsed once per scan).</summary>
public sealed class CSharpCodeAnalyzer : ILanguageAnalyzer
{
    private static readonly ICSharpCheck[] Checks =
    [
        new SqlInjectionCheck(),
        new CommandInjectionCheck(),
        new PathTraversalCheck(),
        new SsrfCheck(),
        new UnsafeDeserializationCheck(),
        new CodeEvaluationCheck(),
        new XxeCheck(),
        new SensitiveDataLoggedCheck(),
        new RequestLoggedWholeCheck(),
        new QueryStringLoggedCheck(),
        new OrmSqlLoggingCheck(),
        new JwtNotVerifiedCheck(),
        new JwtValidationDisabledCheck(),
        new WeakJwtSigningKeyCheck(),
        new TimingUnsafeComparisonCheck(),
        new WeakPasswordHashCheck(),
        new InsecureAuthCookieCheck(),
        new DeveloperExceptionPageCheck(),
        new PermissiveCorsCheck(),
        new TlsValidationDisabledCheck(),
        new ApiExplorerExposedCheck(),
        new SecretInQueryStringCheck(),
    ];

    public string Name => "csharp-code";

    public async Task<IReadOnlyList<Finding>> AnalyzeAsync(ScanContext context, CancellationToken cancellationToken)
    {
        var projects = await CSharpProject.ForScanAsync(context, cancellationToken).ConfigureAwait(false);
        var findings = new List<Finding>();
        foreach (var project in projects)
        {
            foreach (var tree in project.Compilation.SyntaxTrees)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var file = new CSharpFile(tree, project);
                foreach (var check in Checks)
                {
                    findings.AddRange(check.Check(file));
                }
            }
        }

        return findings;
    }
}
