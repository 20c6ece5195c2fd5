using System.Collections.Concurrent;
using Rampart.Code.Analysis.JavaScript.Checks;
using Rampart.Code.Lexing.JavaScript;
using Rampart.Code.Routes.JavaScript;
using Rampart.Core.Findings;
using Rampart.Core.Scanning;

namespace Rampart.Code.Analysis.JavaScript;

/// <summary>
/// The code rules for JavaScript and TypeScript (Express, Next.js, NestJS, Fastify, Koa and plain
/// Node): every source file is lexed once, then each rule's check reads it. Test files
/// (<c>*.test.*</c>, <c>*.spec.*</c>, <c>__tests__/</c>, <c>test/</c>) are not checked: they hold
/// fake keys and mock requests on purpose.
/// </summary>
public sealed class JavaScriptCodeAnalyzer : ILanguageAnalyzer
{
    private static readonly IReadOnlyList<IJsCodeCheck> Checks =
    [
        new JwtNotVerifiedCheck(), new JwtValidationDisabledCheck(), new WeakJwtKeyCheck(), new TimingUnsafeComparisonCheck(), new WeakPasswordHashCheck(), new InsecureAuthCookieCheck(),
        new SqlInjectionCheck(), new NoSqlInjectionCheck(), new CommandInjectionCheck(), new PathTraversalCheck(), new SsrfCheck(),
        new UnsafeDeserializationCheck(), new CodeEvaluationCheck(), new XxeCheck(),
        new SensitiveDataLoggedCheck(), new RequestLoggedWholeCheck(), new QueryStringLoggedCheck(), new OrmSqlLoggingCheck(),
        new DebugModeCheck(), new PermissiveCorsCheck(), new TlsValidationDisabledCheck(), new ApiExplorerExposedCheck(), new SecretInQueryStringCheck(), new AdminToolOnAllInterfacesCheck(),
    ];

    public string Name => "javascript-code";

    public async Task<IReadOnlyList<Finding>> AnalyzeAsync(ScanContext context, CancellationToken cancellationToken)
    {
        if (!context.Files.Any(IsCheckedSource))
        {
            return [];
        }

        // The modules come from the route inventory's workspace: each file is lexed once per scan.
        var parsed = await JsWorkspace.ForScanAsync(context, cancellationToken).ConfigureAwait(false);
        var files = parsed.Files.Where(f => !IsTestPath(f.Path)).Select(f => new JsCodeFile(f.Path, f.Project, f.Module)).ToList();
        var manifests = new ConcurrentBag<JsManifest>();
        await context.ForEachTextAsync(IsManifest, (text, _) =>
        {
            manifests.Add(JsManifest.Read(text.Path, text.Text));
            return ValueTask.CompletedTask;
        }, cancellationToken).ConfigureAwait(false);

        var workspace = new JsCodeWorkspace(files, manifests.OrderBy(m => m.Path, StringComparer.Ordinal).ToList());
        var findings = new ConcurrentBag<Finding>();
        var options = new ParallelOptions { MaxDegreeOfParallelism = context.MaxParallelism, CancellationToken = cancellationToken };
        Parallel.ForEach(workspace.Files, options, file =>
        {
            foreach (var check in Checks)
            {
                try
                {
                    foreach (var finding in check.Check(file, workspace))
                    {
                        findings.Add(finding);
                    }
                }
                catch (Exception e) when (e is IndexOutOfRangeException or ArgumentOutOfRangeException or InvalidOperationException)
                {
                    // A construct the token matchers did not expect: skip this rule for this file, keep the scan going.
                    context.Warnings.Add(new ScanWarning($"{check.Rule.Id} could not be checked ({e.GetType().Name})") { Path = file.Path, Detector = Name });
                }
            }
        });

        foreach (var manifest in workspace.Manifests)
        {
            foreach (var check in Checks)
            {
                foreach (var finding in check.CheckManifest(manifest))
                {
                    findings.Add(finding);
                }
            }
        }

        // One finding per rule and line: nested scopes and chained calls can reach the same sink twice.
        return findings
            .GroupBy(f => (f.RuleId, f.Location.Path, f.Location.Line))
            .Select(g => g.OrderBy(f => f.Location.Column).First())
            .OrderBy(f => f.Location.Path, StringComparer.Ordinal).ThenBy(f => f.Location.Line).ThenBy(f => f.RuleId.Value, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Source files the rules read: the route inventory's JavaScript/TypeScript files, minus tests.</summary>
    internal static bool IsCheckedSource(RepoFile file) => JsWorkspace.IsSource(file) && !IsTestPath(file.Path);

    internal static bool IsTestPath(string path)
    {
        var name = path[(path.LastIndexOf('/') + 1)..];
        if (name.Contains(".test.", StringComparison.Ordinal) || name.Contains(".spec.", StringComparison.Ordinal) || name.Contains(".stories.", StringComparison.Ordinal) || name.Contains(".e2e.", StringComparison.Ordinal))
        {
            return true;
        }

        var folders = path.Split('/')[..^1];
        return folders.Any(f => f is "test" or "tests" or "__tests__" or "__mocks__" or "spec" or "e2e" or "cypress" or "fixtures" or "__fixtures__");
    }

    private static bool IsManifest(RepoFile file) => file.Name == "package.json" && !file.Path.Contains("node_modules/", StringComparison.Ordinal);
}
