using Rampart.Code.Analysis;
using Rampart.Code.Analysis.CSharp;
using Rampart.Code.Analysis.JavaScript;
using Rampart.Code.Analysis.Python;
using Rampart.Tests.TestSupport;

namespace Rampart.Tests.Code.Analysis;

/// <summary>A hard-coded JWT key (RMP-C012) is a secret: no snippet of any finding may show it, in any language.</summary>
public sealed class HardCodedKeysAreMaskedTests
{
    [Theory]
    [InlineData("CSharp/auth", "weekend-secret-key")]
    [InlineData("JavaScript/express-auth", "legacy-signing-key")]
    [InlineData("JavaScript/nestjs-app", "crm-secret")]
    [InlineData("Python/python-idioms", "s3cr3t")]
    [InlineData("Python/fastapi-assistant", "change-me")]
    public async Task No_snippet_shows_the_key(string fixture, string key)
    {
        var report = await FixtureScan.ScanAsync(
            Path.Combine(RepoPaths.Fixtures, "Code", fixture),
            new CodeAnalysisDetector([new CSharpCodeAnalyzer(), new JavaScriptCodeAnalyzer(), new PythonCodeAnalyzer()]));

        Assert.Contains(report.Findings, f => f.RuleId == CodeRules.WeakJwtSigningKey.Id);
        var leaks = report.Findings.Where(f => f.Snippet?.Lines.Any(l => l.Contains(key, StringComparison.Ordinal)) == true || f.Message.Contains(key, StringComparison.Ordinal)).Select(f => $"{f.RuleId} {f.Location}").ToList();
        Assert.True(leaks.Count == 0, $"'{key}' shown by: {string.Join(", ", leaks)}");
    }
}
