using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Rampart.Tests.Reporting;
using Rampart.Tests.TestSupport;

namespace Rampart.Tests.Dependencies.Sbom;

/// <summary><c>rampart sbom</c> end to end on real lockfile fixtures: structure, purls, scopes, graph, schema, golden output.</summary>
public sealed partial class SbomCommandTests
{
    private static string NpmFixture => Path.Combine(RepoPaths.Fixtures, "Dependencies", "Npm", "npm-lock-v3");

    private static string NuGetFixture => Path.Combine(RepoPaths.Fixtures, "Dependencies", "NuGet", "lockfile");

    [Fact]
    public async Task The_npm_lockfile_becomes_a_cyclonedx_1_6_bom_with_scoped_purls_and_dev_as_optional()
    {
        var run = await CliRun.RunAsync("sbom", NpmFixture);

        Assert.True(run.ExitCode == 0, run.ToString());
        using var bom = JsonDocument.Parse(run.Stdout);
        var root = bom.RootElement;
        Assert.Equal(("CycloneDX", "1.6", 1), (root.GetProperty("bomFormat").GetString(), root.GetProperty("specVersion").GetString(), root.GetProperty("version").GetInt32()));
        Assert.Matches("^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", root.GetProperty("serialNumber").GetString());
        Assert.Equal("rampart", root.GetProperty("metadata").GetProperty("tools").GetProperty("components")[0].GetProperty("name").GetString());
        Assert.Equal("npm-lock-v3", root.GetProperty("metadata").GetProperty("component").GetProperty("name").GetString());

        var scoped = Component(root, "pkg:npm/%40types/express@4.17.25");
        Assert.Equal(("@types", "express", "4.17.25", "optional"), (scoped.GetProperty("group").GetString(), scoped.GetProperty("name").GetString(), scoped.GetProperty("version").GetString(), scoped.GetProperty("scope").GetString()));
        Assert.Contains(("rampart:direct", "true"), Properties(scoped));
        Assert.Contains(("rampart:location", "package-lock.json:57"), Properties(scoped));

        var express = Component(root, "pkg:npm/express@4.22.3");
        Assert.Equal("required", express.GetProperty("scope").GetString());
        Assert.False(express.TryGetProperty("group", out _));

        // Two lodash versions (one behind an npm: alias) stay two components; nothing is listed twice.
        var refs = root.GetProperty("components").EnumerateArray().Select(c => c.GetProperty("bom-ref").GetString()).ToList();
        Assert.Equal(refs.Count, refs.Distinct().Count());
        Assert.Contains("pkg:npm/lodash@4.17.20", refs);
        Assert.Contains("pkg:npm/lodash@4.17.21", refs);
    }

    [Fact]
    public async Task Dependencies_go_from_the_root_to_direct_packages_and_from_each_direct_package_to_what_it_brings_in()
    {
        var run = await CliRun.RunAsync("sbom", NpmFixture);

        using var bom = JsonDocument.Parse(run.Stdout);
        var graph = bom.RootElement.GetProperty("dependencies").EnumerateArray()
            .ToDictionary(d => d.GetProperty("ref").GetString()!, d => d.GetProperty("dependsOn").EnumerateArray().Select(e => e.GetString()!).ToList());
        Assert.Contains("pkg:npm/express@4.22.3", graph["root-component"]);
        Assert.DoesNotContain("pkg:npm/accepts@1.3.8", graph["root-component"]);
        Assert.Contains("pkg:npm/accepts@1.3.8", graph["pkg:npm/express@4.22.3"]);
        Assert.Contains("pkg:npm/%40types/body-parser@1.19.6", graph["pkg:npm/%40types/express@4.17.25"]);

        // Every reference in the graph is a component.
        var refs = bom.RootElement.GetProperty("components").EnumerateArray().Select(c => c.GetProperty("bom-ref").GetString()!).Append("root-component").ToHashSet();
        Assert.All(graph.SelectMany(g => g.Value.Append(g.Key)), r => Assert.Contains(r, refs));
    }

    [Fact]
    public async Task NuGet_packages_seen_in_several_files_are_one_component_with_every_location()
    {
        var run = await CliRun.RunAsync("sbom", NuGetFixture);

        Assert.True(run.ExitCode == 0, run.ToString());
        using var bom = JsonDocument.Parse(run.Stdout);
        var components = bom.RootElement.GetProperty("components").EnumerateArray().ToList();
        Assert.Equal(6, components.Count);
        var castle = Component(bom.RootElement, "pkg:nuget/Castle.Core@5.1.1");
        Assert.Contains(("rampart:introducedBy", "Moq"), Properties(castle));
        Assert.Contains(("rampart:location", "packages.lock.json:29"), Properties(castle));
        var moq = Component(bom.RootElement, "pkg:nuget/Moq@4.20.72");
        Assert.Contains(("rampart:location", "LockApp.csproj:10"), Properties(moq));
        var graph = bom.RootElement.GetProperty("dependencies").EnumerateArray().ToDictionary(d => d.GetProperty("ref").GetString()!, d => d);
        Assert.Contains("pkg:nuget/Castle.Core@5.1.1", graph["pkg:nuget/Moq@4.20.72"].GetProperty("dependsOn").EnumerateArray().Select(e => e.GetString()));
    }

    [Theory]
    [InlineData("Npm", "npm-lock-v3")]
    [InlineData("NuGet", "lockfile")]
    public async Task The_bom_is_valid_against_the_cyclonedx_1_6_schema(string ecosystem, string fixture)
    {
        var run = await CliRun.RunAsync("sbom", Path.Combine(RepoPaths.Fixtures, "Dependencies", ecosystem, fixture));

        var results = CycloneDxSchema.Evaluate(run.Stdout);
        Assert.True(results.IsValid, CycloneDxSchema.DescribeFailures(results));
    }

    [Fact]
    public async Task The_schema_check_rejects_a_bom_that_breaks_it()
    {
        var run = await CliRun.RunAsync("sbom", NuGetFixture);

        // A scope CycloneDX does not know: proves the schema is really applied to components.
        var broken = run.Stdout.Replace("\"scope\": \"required\"", "\"scope\": \"sometimes\"", StringComparison.Ordinal);
        Assert.NotEqual(run.Stdout, broken);
        Assert.False(CycloneDxSchema.Evaluate(broken).IsValid);
    }

    [Theory]
    [InlineData("Npm", "npm-lock-v3")]
    [InlineData("NuGet", "lockfile")]
    public async Task The_bom_is_the_same_on_every_run_apart_from_serial_number_and_time(string ecosystem, string fixture)
    {
        var path = Path.Combine(RepoPaths.Fixtures, "Dependencies", ecosystem, fixture);
        var first = Scrub((await CliRun.RunAsync("sbom", path)).Stdout);
        var second = Scrub((await CliRun.RunAsync("sbom", path)).Stdout);

        Assert.Equal(first, second);
        AssertMatchesGolden($"sbom-{fixture}.cdx.json", first);
    }

    [Fact]
    public async Task Output_writes_the_file_and_a_missing_folder_is_a_usage_error()
    {
        using var tree = new TempTree().Write("package.json", "{ \"name\": \"x\", \"dependencies\": { \"left-pad\": \"^1.3.0\" } }");
        var output = tree.PathOf("bom.json");

        var written = await CliRun.RunAsync("sbom", tree.Root, "--output", output);
        var missing = await CliRun.RunAsync("sbom", tree.PathOf("nope"));

        Assert.True(written.ExitCode == 0, written.ToString());
        using var bom = JsonDocument.Parse(File.ReadAllText(output));
        var leftPad = Component(bom.RootElement, "pkg:npm/left-pad");
        Assert.False(leftPad.TryGetProperty("version", out _));
        Assert.Contains(("rampart:declaredRange", "^1.3.0"), Properties(leftPad));
        Assert.Equal(2, missing.ExitCode);
    }

    /// <summary>
    /// Compares with <c>Dependencies/Sbom/Golden/NAME</c> (kept apart from the reporter goldens, which
    /// must each belong to a rendered report); <c>RAMPART_UPDATE_GOLDEN=1</c> rewrites it instead.
    /// </summary>
    private static void AssertMatchesGolden(string name, string actual)
    {
        var path = Path.Combine(RepoPaths.RepoRoot, "tests", "Rampart.Tests", "Dependencies", "Sbom", "Golden", name);
        if (GoldenFile.UpdateRequested)
        {
            File.WriteAllText(path, actual, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            return;
        }

        Assert.True(File.Exists(path), $"{path} is missing: run with {GoldenFile.UpdateVariable}=1 and review it");
        Assert.Equal(File.ReadAllText(path, Encoding.UTF8).ReplaceLineEndings("\n"), actual);
    }

    private static JsonElement Component(JsonElement bom, string purl) =>
        Assert.Single(bom.GetProperty("components").EnumerateArray(), c => c.GetProperty("purl").GetString() == purl);

    private static List<(string, string)> Properties(JsonElement component) =>
        [.. component.GetProperty("properties").EnumerateArray().Select(p => (p.GetProperty("name").GetString()!, p.GetProperty("value").GetString()!))];

    private static string Scrub(string bom)
    {
        bom = SerialNumber().Replace(bom, "\"serialNumber\": \"urn:uuid:00000000-0000-0000-0000-000000000000\"");
        bom = Timestamp().Replace(bom, "\"timestamp\": \"2000-01-01T00:00:00Z\"");
        return ToolVersion().Replace(bom, "\"name\": \"rampart\",\n          \"version\": \"0.0.0\"");
    }

    [GeneratedRegex("\"serialNumber\": \"[^\"]*\"")]
    private static partial Regex SerialNumber();

    [GeneratedRegex("\"timestamp\": \"[^\"]*\"")]
    private static partial Regex Timestamp();

    [GeneratedRegex("\"name\": \"rampart\",\n\\s*\"version\": \"[^\"]*\"")]
    private static partial Regex ToolVersion();
}
