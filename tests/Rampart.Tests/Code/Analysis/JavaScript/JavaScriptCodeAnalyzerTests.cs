using Rampart.Code.Analysis;
using Rampart.Code.Analysis.JavaScript;
using Rampart.Core.Configuration;
using Rampart.Core.Scanning;
using Rampart.Tests.TestSupport;

namespace Rampart.Tests.Code.Analysis.JavaScript;

public sealed class JavaScriptCodeAnalyzerTests
{
    private static async Task<(IReadOnlyList<Rampart.Core.Findings.Finding> Findings, ScanContext Context)> AnalyzeAsync(string root)
    {
        var source = new WorkingTreeSource(root, new WalkOptions());
        var files = await source.ListAsync(CancellationToken.None);
        var context = new ScanContext(Path.GetFullPath(root), files, source, RampartConfig.Default, TimeProvider.System, 2);
        var findings = await new JavaScriptCodeAnalyzer().AnalyzeAsync(context, CancellationToken.None);
        return (findings, context);
    }

    [Fact]
    public async Task A_file_that_does_not_lex_is_a_warning_naming_it_and_the_other_files_are_still_checked()
    {
        using var tree = new TempTree()
            .Write("package.json", "{}")
            .Write("broken.js", "const s = 'never closed;\nexec(req.body.cmd);\n")
            .Write("app.js", "const { exec } = require('child_process');\nmodule.exports = (req, res) => exec(req.body.cmd);\n");

        var (findings, context) = await AnalyzeAsync(tree.Root);

        var warning = Assert.Single(context.Warnings.ToList());
        Assert.Equal("broken.js", warning.Path);
        Assert.Contains("code rules are not checked", warning.Message, StringComparison.Ordinal);
        var finding = Assert.Single(findings);
        Assert.Equal(("RMP-C022", "app.js", 2), (finding.RuleId.Value, finding.Location.Path, finding.Location.Line));
    }

    [Fact]
    public async Task Test_files_are_not_checked()
    {
        using var tree = new TempTree()
            .Write("src/auth.test.js", "const jwt = require('jsonwebtoken');\nit('signs', () => jwt.sign({ sub: 1 }, 'test-secret'));\n")
            .Write("__tests__/login.js", "const jwt = require('jsonwebtoken');\nconst token = jwt.sign({ sub: 1 }, 'test-secret');\n")
            .Write("src/auth.js", "const jwt = require('jsonwebtoken');\nexports.issue = (user) => jwt.sign({ sub: user.id }, 'prod-secret');\n");

        var (findings, _) = await AnalyzeAsync(tree.Root);

        var finding = Assert.Single(findings);
        Assert.Equal(("RMP-C012", "src/auth.js"), (finding.RuleId.Value, finding.Location.Path));
        Assert.DoesNotContain("prod-secret", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_weekend_app_service_reports_its_unverified_jwt_and_interpolated_sql_and_nothing_else()
    {
        var (findings, context) = await AnalyzeAsync(RepoPaths.InRepo("samples/weekend-app"));

        Assert.Empty(context.Warnings.ToList());
        Assert.Equal(
            ["RMP-C010 service/middleware/auth.js:22", "RMP-C020 service/routes/admin.js:40"],
            findings.Select(f => $"{f.RuleId.Value} {f.Location.Path}:{f.Location.Line}").Order(StringComparer.Ordinal).ToList());
    }

    [Theory]
    [InlineData("password", "password")]
    [InlineData("newPassword", "password")]
    [InlineData("DB_PASSWORD", "password")]
    [InlineData("accessToken", "token")]
    [InlineData("refresh_token", "token")]
    [InlineData("x-api-key", "API key")]
    [InlineData("OPENAI_API_KEY", "API key")]
    [InlineData("clientSecret", "secret")]
    [InlineData("authorization", "authorization header")]
    [InlineData("cardNumber", "card number")]
    [InlineData("passwordHash", "password hash")]
    [InlineData("refreshTokens", "token")]
    public void Secret_names_are_recognised_by_their_last_word(string name, string kind) =>
        Assert.Equal(kind, SensitiveNames.Classify(name));

    [Theory]
    [InlineData("tokenCount")]
    [InlineData("maxTokens")]
    [InlineData("promptTokens")]
    [InlineData("totalTokens")]
    [InlineData("passwordPolicy")]
    [InlineData("hasPassword")]
    [InlineData("passwordLength")]
    [InlineData("tokenType")]
    [InlineData("isTokenValid")]
    [InlineData("nextToken")]
    [InlineData("pageToken")]
    [InlineData("cancellationToken")]
    [InlineData("cacheKey")]
    [InlineData("publicKey")]
    [InlineData("tokens")]
    [InlineData("tokenizer")]
    public void Metadata_about_secrets_is_not_a_secret(string name) =>
        Assert.Null(SensitiveNames.Classify(name));
}
