using System.Text.RegularExpressions;
using Rampart.Tests.TestSupport;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Rampart.Tests.Samples;

/// <summary>
/// <c>rampart scan samples/weekend-app</c> must report every planted problem listed in its
/// EXPECTED.md that names a rule; entries gain a rule as their detector lands.
/// </summary>
public sealed partial class WeekendAppSampleTests
{
    private static readonly string SampleRoot = RepoPaths.InRepo("samples/weekend-app");

    public sealed class PlantedProblem
    {
        public string Id { get; set; } = string.Empty;

        public string Family { get; set; } = string.Empty;

        public string Path { get; set; } = string.Empty;

        public int? Line { get; set; }

        public int Issue { get; set; }

        public string? Rule { get; set; }

        public bool History { get; set; }

        public bool Registry { get; set; }

        public override string ToString() => $"{Id} ({Rule} at {Path}:{Line})";
    }

    private static List<PlantedProblem> PlantedProblems()
    {
        var markdown = File.ReadAllText(System.IO.Path.Combine(SampleRoot, "EXPECTED.md"));
        var block = YamlBlock().Match(markdown);
        Assert.True(block.Success, "EXPECTED.md has no ```yaml block");
        return new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build()
            .Deserialize<List<PlantedProblem>>(block.Groups[1].Value);
    }

    [Fact]
    public void The_expectations_list_every_planted_problem_once()
    {
        var problems = PlantedProblems();

        Assert.True(problems.Count >= 14, $"only {problems.Count} planted problems listed");
        Assert.Equal(problems.Count, problems.Select(p => p.Id).Distinct().Count());
        Assert.All(problems, p => Assert.Contains(p.Family, new[] { "secrets", "dependencies", "code", "pipeline" }));
        Assert.All(problems.Where(p => p.Path != "."), p => Assert.True(File.Exists(System.IO.Path.Combine(SampleRoot, p.Path)) || p.Family == "secrets", $"{p} points at a missing file"));
    }

    [Fact]
    public async Task The_scan_reports_every_planted_problem_that_has_a_rule()
    {
        // The sample lives inside this repository: its history belongs to the next test.
        var run = await CliRun.RunAsync("scan", SampleRoot, "--format", "json", "--no-history");
        Assert.True(run.ExitCode == 1, run.ToString());
        using var json = System.Text.Json.JsonDocument.Parse(run.Stdout);
        var findings = json.RootElement.GetProperty("findings").EnumerateArray()
            .Select(f => (Rule: f.GetProperty("ruleId").GetString(), Path: f.GetProperty("location").GetProperty("path").GetString(), Line: f.GetProperty("location").TryGetProperty("line", out var l) ? l.GetInt32() : (int?)null))
            .ToList();

        var withRules = PlantedProblems().Where(p => p.Rule is not null && !p.History && !p.Registry).ToList();
        Assert.NotEmpty(withRules);
        foreach (var problem in withRules)
        {
            var found = problem.Line is null
                ? findings.Any(f => f.Rule == problem.Rule)
                : findings.Any(f => f.Rule == problem.Rule && f.Path == problem.Path && f.Line == problem.Line);
            Assert.True(found, $"{problem} not reported; findings: {string.Join(", ", findings)}");
        }
    }

    [Fact]
    public async Task The_key_deleted_by_make_history_is_reported_as_removed_but_in_history()
    {
        using var work = new TempTree();
        var repo = System.IO.Path.Combine(work.Root, "weekend-app");
        var script = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("bash", [System.IO.Path.Combine(SampleRoot, "make-history.sh"), repo]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var scriptError = await script.StandardError.ReadToEndAsync();
        await script.WaitForExitAsync();
        Assert.True(script.ExitCode == 0, scriptError);

        var run = await CliRun.RunAsync("scan", repo, "--only", "secrets", "--format", "json");

        using var json = System.Text.Json.JsonDocument.Parse(run.Stdout);
        var removed = json.RootElement.GetProperty("findings").EnumerateArray()
            .Where(f => f.TryGetProperty("evidence", out var evidence) && evidence.TryGetProperty("origin", out var origin) && !origin.GetProperty("stillInHead").GetBoolean())
            .Select(f => $"{f.GetProperty("ruleId").GetString()} {f.GetProperty("location").GetProperty("path").GetString()}:{f.GetProperty("location").GetProperty("line").GetInt32()}")
            .ToList();
        var expected = PlantedProblems().Where(p => p.History).Select(p => $"{p.Rule} {p.Path}:{p.Line}");
        Assert.Equal(expected, removed);
    }

    [Fact]
    public async Task The_hallucinated_package_is_reported_from_a_recorded_registry_answer()
    {
        // Every other direct dependency answers with a recorded real npm document; the invented name gets 404.
        string[] existing = ["dotenv", "express", "jsonwebtoken", "lodash", "pg", "stripe"];
        using var server = new Rampart.Tests.Dependencies.Registry.RegistryTestServer(existing.ToDictionary(name => $"/{name}", _ => "npm/left-pad.json"));
        using var cache = new TempTree();
        using var client = new HttpClient();
        var registry = new Rampart.Dependencies.Registry.NpmRegistry(new Rampart.Dependencies.Registry.RegistryHttp(client, cache.PathOf("registry"), TimeProvider.System, offline: false), server.BaseUrl);
        var detector = new Rampart.Dependencies.DependenciesDetector(cache.PathOf("advisories.db"), new Rampart.Dependencies.Registry.RegistryChecks([registry]));

        var report = await FixtureScan.ScanAsync(SampleRoot, detector);

        foreach (var problem in PlantedProblems().Where(p => p.Registry))
        {
            Assert.Contains(report.Findings, f => f.RuleId.Value == problem.Rule && f.Location.Path == problem.Path && f.Location.Line == problem.Line);
        }
    }

    [GeneratedRegex("```yaml\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex YamlBlock();
}
