using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Rampart.Code.Analysis.Python.Checks;
using Rampart.Code.Lexing.Python;
using Rampart.Code.Lexing.Python.Syntax;
using Rampart.Core.Findings;
using Rampart.Core.Scanning;

namespace Rampart.Code.Analysis.Python;

/// <summary>
/// The code rules for Python (FastAPI, Flask, Django/DRF and scripts): every .py file is lexed
/// once, imports resolve across files, and each file's functions are walked with an
/// intra-procedural taint tracker that feeds one check per rule. Test code is not analysed.
/// </summary>
public sealed partial class PythonCodeAnalyzer : ILanguageAnalyzer
{
    public string Name => "python-code";

    private static IReadOnlyList<IPythonCheck> Checks() =>
    [
        new JwtNotVerifiedCheck(), new JwtValidationDisabledCheck(), new WeakJwtKeyCheck(), new TimingUnsafeComparisonCheck(), new WeakPasswordHashCheck(), new InsecureAuthCookieCheck(),
        new SqlInjectionCheck(), new NoSqlInjectionCheck(), new CommandInjectionCheck(), new PathTraversalCheck(), new SsrfCheck(),
        new UnsafeDeserializationCheck(), new CodeEvaluationCheck(), new XxeCheck(),
        new SensitiveDataLoggedCheck(), new RequestLoggedWholeCheck(), new OrmSqlLoggingCheck(),
        new DebugModeCheck(), new PermissiveCorsCheck(), new TlsValidationCheck(), new ApiExplorerCheck(), new SecretInQueryStringCheck(), new AdminToolOnAllInterfacesCheck(),
    ];

    public async Task<IReadOnlyList<Finding>> AnalyzeAsync(ScanContext context, CancellationToken cancellationToken)
    {
        var modules = await PythonSources.ForScanAsync(context, cancellationToken).ConfigureAwait(false);
        if (modules.Count == 0)
        {
            return [];
        }

        var workspace = new PyWorkspace(modules);
        var integerParameters = IntegerUrlParameters(workspace.Modules);
        var findings = new ConcurrentBag<Finding>();
        var options = new ParallelOptions { MaxDegreeOfParallelism = context.MaxParallelism, CancellationToken = cancellationToken };
        Parallel.ForEach(workspace.Modules.Where(m => !PythonFile.IsTestPath(m.Path)), options, module =>
        {
            var file = new PythonFile(module, workspace, integerParameters);
            new PyFlowWalker(file, Checks(), new PyHelperSummaries()).WalkModule();
            foreach (var finding in file.Findings)
            {
                findings.Add(finding);
            }
        });

        return findings.OrderBy(f => f.Location.Path, StringComparer.Ordinal).ThenBy(f => f.Location.Line).ThenBy(f => f.RuleId.ToString(), StringComparer.Ordinal).ToList();
    }

    /// <summary>Names declared as integers or UUIDs in URL patterns anywhere (<c>&lt;int:pk&gt;</c>, <c>(?P&lt;pk&gt;\d+)</c>) and never as text.</summary>
    private static HashSet<string> IntegerUrlParameters(IEnumerable<PyModule> modules)
    {
        var numeric = new HashSet<string>(StringComparer.Ordinal);
        var text = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in modules.SelectMany(m => m.Tokens.Tokens).Where(t => t.Kind == PythonTokenKind.String && t.Value.Contains('<', StringComparison.Ordinal)))
        {
            foreach (Match match in UrlParameter().Matches(token.Value))
            {
                var name = match.Groups["name"].Value;
                var isNumeric = match.Groups["conv"].Value is "int" or "uuid" or "float" || match.Groups["regex"].Value is @"\d+" or "[0-9]+" or @"\d{1,10}";
                (isNumeric ? numeric : text).Add(name);
            }
        }

        numeric.ExceptWith(text);
        return numeric;
    }

    [GeneratedRegex(@"<(?:(?<conv>[a-z]+):)?(?<name>[A-Za-z_][A-Za-z0-9_]*)>(?<regex>[^)/]*)")]
    private static partial Regex UrlParameter();
}
