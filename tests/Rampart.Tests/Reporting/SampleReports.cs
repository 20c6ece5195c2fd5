using Rampart.Core.Findings;
using Rampart.Core.Reports;
using Rampart.Core.Rules;
using Rampart.Core.Scanning;
using Rampart.Core.Suppressions;

namespace Rampart.Tests.Reporting;

/// <summary>
/// Deterministic scan reports for the reporter tests: fixed times, version and root, and findings
/// picked to reach every branch a reporter has (each evidence type, snippets, labelled related
/// locations, a repository-level finding, hostile text, both kinds of suppression, warnings and a
/// skipped file).
/// </summary>
internal static class SampleReports
{
    public const string ToolVersion = "0.0.0-test";
    public const string Root = "/repo/app";

    /// <summary>
    /// Raw secret values handed to <see cref="RedactedSecret.From"/>; no reporter may print them. The
    /// prefixes differ so each has its own preview.
    /// </summary>
    public const string CanarySecret = "sk-canary-Q7vX2mLp9RtZ4wKc8NbH3jYd6FgS1aUe5oIq0WzT";

    public const string SuppressedCanarySecret = "rk-canary-Hn4Rb8Wq2Lx6Tz0Pv3Mk7Jc1Yf5Gd9Se2Ua8Oi4E";

    /// <summary>A file name with a space and characters that Markdown, HTML and URIs must escape.</summary>
    public const string HostilePath = "src/Admin Panel/export|users `v2` & co.js";

    /// <summary>A message that breaks a Markdown table, injects HTML and Spectre markup if left unescaped.</summary>
    public const string HostileMessage =
        "Request body logged | includes `password` & token: <script>alert('rampart')</script> [bold]not markup[/] C:\\logs\\|";

    public const string WithFindingsName = "findings";
    public const string EmptyName = "empty";

    private const string ApiKeyLinePrefix = "    \"ApiKey\": \"";

    public static IReadOnlyList<string> RawSecrets { get; } = [CanarySecret, SuppressedCanarySecret];

    public static IReadOnlyList<string> Names { get; } = [WithFindingsName, EmptyName];

    public static DateTimeOffset StartedAt { get; } = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);

    public static DateTimeOffset FinishedAt { get; } = new(2026, 1, 2, 3, 4, 12, TimeSpan.Zero);

    public static Rule SqlBuiltFromRequestInput { get; } = new()
    {
        Id = RuleId.Parse("RMP-C001"),
        Name = "sql-built-from-request-input",
        Title = "SQL query built from request input",
        Category = FindingCategory.Injection,
        DefaultSeverity = Severity.Critical,
        DefaultConfidence = Confidence.Medium,
        Description = "A SQL command text is concatenated from a value the client controls, so the client can change the query.",
        Remediation = "Pass the value as a command parameter instead of concatenating it into the SQL text.",
        Cwe = [89],
    };

    public static Rule RequestBodyLogged { get; } = new()
    {
        Id = RuleId.Parse("RMP-C002"),
        Name = "request-body-logged",
        Title = "Request body written to the log",
        Category = FindingCategory.SensitiveLog,
        DefaultSeverity = Severity.Medium,
        DefaultConfidence = Confidence.Low,
        Description = "Whole request bodies often carry passwords and tokens; logging them copies those secrets into log storage.",
        Remediation = "Log the fields you need, never the whole body.",
        Cwe = [532],
    };

    public static Rule NoCiPipeline { get; } = new()
    {
        Id = RuleId.Parse("RMP-P001"),
        Name = "no-ci-pipeline",
        Title = "The repository has no CI pipeline",
        Category = FindingCategory.Pipeline,
        DefaultSeverity = Severity.High,
        DefaultConfidence = Confidence.High,
        Description = "No CI configuration was found, so nothing builds, tests or scans a change before it ships.",
        Remediation = "Add a CI workflow that builds, tests and runs 'rampart scan --fail-on high' on every pull request.",
        Cwe = [1127],
    };

    public static Rule HardcodedApiKey { get; } = new()
    {
        Id = RuleId.Parse("RMP-S001"),
        Name = "hardcoded-api-key",
        Title = "API key committed to the repository",
        Category = FindingCategory.Secret,
        DefaultSeverity = Severity.High,
        DefaultConfidence = Confidence.High,
        Description = "Anyone who can read the repository, or any clone of it, can use the key.",
        Remediation = "Revoke the key, remove it from the code and load it from a secret store or an environment variable.",
        Cwe = [798],
    };

    /// <summary>By id order, as the scan engine lists them.</summary>
    public static IReadOnlyList<Rule> Rules { get; } = [SqlBuiltFromRequestInput, RequestBodyLogged, NoCiPipeline, HardcodedApiKey];

    public static IReadOnlyList<DetectorFamily> AllFamilies { get; } =
        [DetectorFamily.Secrets, DetectorFamily.Dependencies, DetectorFamily.Code, DetectorFamily.Pipeline];

    public static ScanReport ByName(string name) => name switch
    {
        WithFindingsName => WithFindings(),
        EmptyName => Empty(),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, $"known sample reports: {string.Join(", ", Names)}"),
    };

    /// <summary>Four findings (worst first), two suppressed, two baselined, two warnings, one skipped file; the gate fails.</summary>
    public static ScanReport WithFindings()
    {
        IReadOnlyList<Finding> findings = [SqlInjectionFinding(), ApiKeyFinding(), NoCiPipelineFinding(), HostileFinding()];
        return new ScanReport
        {
            ToolVersion = ToolVersion,
            Root = Root,
            StartedAt = StartedAt,
            FinishedAt = FinishedAt,
            Families = AllFamilies,
            Rules = Rules,
            Findings = findings,
            Suppressed =
            [
                new SuppressedFinding(SuppressedFixtureKeyFinding(), SuppressionKind.Inline, "Fixture key for the parser tests, never valid"),
                new SuppressedFinding(SuppressedLegacyQueryFinding(), SuppressionKind.Config, "Accepted risk | tracked in SEC-42 & reviewed by <security>"),
            ],
            BaselinedCount = 2,
            Warnings =
            [
                new ScanWarning("Not valid UTF-8; scanned as Latin-1") { Path = "docs/legacy notes.txt", MakesScanIncomplete = false },
                new ScanWarning("Detector 'dependencies' failed: the advisory store could not be read")
                {
                    Detector = "dependencies",
                    MakesScanIncomplete = true,
                },
            ],
            SkippedFiles = [new SkippedFile("assets/demo.mp4", SkipReason.TooLarge, "14.2 MB is over the 5 MB limit")],
            FilesScanned = 42,
            Gate = GateResult.Evaluate(Severity.High, findings),
        };
    }

    /// <summary>A clean scan: every detector ran, nothing found, the gate passes.</summary>
    public static ScanReport Empty() => new()
    {
        ToolVersion = ToolVersion,
        Root = Root,
        StartedAt = StartedAt,
        FinishedAt = FinishedAt,
        Families = AllFamilies,
        Rules = Rules,
        Findings = [],
        FilesScanned = 17,
        Gate = GateResult.Evaluate(Severity.High, []),
    };

    private static Finding SqlInjectionFinding()
    {
        const string path = "src/Orders/OrderRepository.cs";
        const string sqlLine = "            var sql = \"SELECT * FROM Orders WHERE Id = '\" + id + \"'\";";
        return new Finding
        {
            RuleId = SqlBuiltFromRequestInput.Id,
            Severity = Severity.Critical,
            Confidence = Confidence.Medium,
            Message = "SQL text built from 'id', which comes from the query string",
            Location = new SourceLocation(path, 42, 23, 42, 69),
            RelatedLocations = [new SourceLocation("src/Orders/OrdersController.cs", 17, 28) { Label = "request input enters here" }],
            Fingerprint = Fingerprint.Create(SqlBuiltFromRequestInput.Id, path, sqlLine),
            Evidence = new CodeEvidence("SqlCommand(string, SqlConnection)") { Source = "HttpRequest.Query[\"id\"]" },
            Remediation = "Pass 'id' as a SqlParameter instead of concatenating it into the query.",
            Snippet = new Snippet(41, ["        {", sqlLine, "            using var command = new SqlCommand(sql, _connection);"]),
        };
    }

    private static Finding ApiKeyFinding()
    {
        const string path = "config/appsettings.Production.json";
        var secret = RedactedSecret.From(CanarySecret);
        var column = ApiKeyLinePrefix.Length + 1;
        return new Finding
        {
            RuleId = HardcodedApiKey.Id,
            Severity = Severity.High,
            Confidence = Confidence.High,
            Message = "API key committed in a configuration file",
            Location = new SourceLocation(path, 7, column, 7, column + CanarySecret.Length),
            RelatedLocations = [new SourceLocation("config/appsettings.Staging.json", 7, column) { Label = "same key also committed here" }],
            Fingerprint = Fingerprint.Create(HardcodedApiKey.Id, path, secret.Sha256),
            Evidence = new SecretEvidence(secret, "generic-api-key")
            {
                Origin = new GitOrigin("9f1c2ab7e04d5b3a8c6f0e1d2b3c4a5f6e7d8c9b", "Dev Example <dev@example.com>", new DateTimeOffset(2025, 12, 1, 10, 0, 0, TimeSpan.Zero), StillInHead: true),
            },
            // Masked as the snippet builder does it: every character of the secret span becomes '*'.
            Snippet = new Snippet(6, ["  \"Payments\": {", $"{ApiKeyLinePrefix}{new string('*', CanarySecret.Length)}\",", "    \"Region\": \"eu-west-1\""]),
        };
    }

    private static Finding NoCiPipelineFinding() => new()
    {
        RuleId = NoCiPipeline.Id,
        Severity = Severity.High,
        Confidence = Confidence.High,
        Message = "No CI pipeline found: nothing builds, tests or scans a change before it is merged",
        Location = new SourceLocation("."),
        Fingerprint = Fingerprint.Create(NoCiPipeline.Id, ".", "no-ci"),
        Evidence = new PipelineEvidence("repository") { Observed = ["no .github/workflows directory", "Dockerfile present"] },
    };

    private static Finding HostileFinding() => new()
    {
        RuleId = RequestBodyLogged.Id,
        Severity = Severity.Medium,
        Confidence = Confidence.Low,
        Message = HostileMessage,
        Location = new SourceLocation(HostilePath, 12, 5),
        Fingerprint = Fingerprint.Create(RequestBodyLogged.Id, HostilePath, "console.log(req.body)"),
        Evidence = new CodeEvidence("console.log") { Source = "req.body" },
        Snippet = new Snippet(11,
        [
            "  app.post('/export', (req, res) => {",
            "    console.log(\"export <script>alert('rampart')</script> | `body`\", req.body);",
            "  });",
        ]),
    };

    private static Finding SuppressedFixtureKeyFinding()
    {
        const string path = "tests/fixtures/fake-credentials.env";
        var secret = RedactedSecret.From(SuppressedCanarySecret);
        return new Finding
        {
            RuleId = HardcodedApiKey.Id,
            Severity = Severity.High,
            Confidence = Confidence.Medium,
            Message = "API key committed in an environment file",
            Location = new SourceLocation(path, 2, 9, 2, 9 + SuppressedCanarySecret.Length),
            Fingerprint = Fingerprint.Create(HardcodedApiKey.Id, path, secret.Sha256),
            Evidence = new SecretEvidence(secret, "generic-api-key"),
            Snippet = new Snippet(1, ["# parser test data", $"API_KEY={new string('*', SuppressedCanarySecret.Length)}", "REGION=eu-west-1"]),
        };
    }

    private static Finding SuppressedLegacyQueryFinding()
    {
        const string path = "src/Legacy/ReportQuery.cs";
        return new Finding
        {
            RuleId = SqlBuiltFromRequestInput.Id,
            Severity = Severity.Critical,
            Confidence = Confidence.Medium,
            Message = "SQL text built from 'year', which comes from the route",
            Location = new SourceLocation(path, 88, 19),
            Fingerprint = Fingerprint.Create(SqlBuiltFromRequestInput.Id, path, "\"SELECT * FROM Reports WHERE Year = \" + year"),
            Evidence = new CodeEvidence("SqlCommand(string, SqlConnection)") { Source = "RouteData[\"year\"]" },
        };
    }
}
