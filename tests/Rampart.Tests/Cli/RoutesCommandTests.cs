using System.Text.Json;
using Rampart.Tests.TestSupport;

namespace Rampart.Tests.Cli;

public sealed class RoutesCommandTests
{
    private static string Fixture(string name) => Path.Combine(RepoPaths.Fixtures, "Routes", "AspNetCore", name);

    [Fact]
    public async Task Json_is_the_documented_array_of_routes()
    {
        var run = await CliRun.RunAsync("routes", Fixture("groups-across-files"), "--format", "json");

        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(run.Stdout);
        var routes = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(13, routes.Count);
        var delete = routes.Single(r => r.GetProperty("path").GetString() == "/admin/users/{id}");
        Assert.Equal(["DELETE"], delete.GetProperty("methods").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal(("aspnetcore", "required", "Endpoints/AdminEndpoints.cs", 8), (delete.GetProperty("framework").GetString(), delete.GetProperty("auth").GetString(), delete.GetProperty("file").GetString(), delete.GetProperty("line").GetInt32()));
        var evidence = Assert.Single(delete.GetProperty("evidence").EnumerateArray());
        Assert.Equal(("requires", "Program.cs", 13), (evidence.GetProperty("effect").GetString(), evidence.GetProperty("file").GetString(), evidence.GetProperty("line").GetInt32()));
        Assert.Equal(["Admin"], delete.GetProperty("requirement").GetProperty("policies").EnumerateArray().Select(p => p.GetString()));
    }

    [Fact]
    public async Task Only_unprotected_lists_the_routes_without_auth()
    {
        var run = await CliRun.RunAsync("routes", Fixture("commented-out-attribute"), "--only-unprotected");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("POST     /api/exports", run.Stdout);
        Assert.Contains("POST     /api/refunds/{orderId}", run.Stdout);
        Assert.DoesNotContain("/api/customers", run.Stdout);
        Assert.Contains("2 route(s): 0 require auth, 0 anonymous, 2 without auth, 0 unknown", run.Stdout);
    }

    [Fact]
    public async Task Table_shows_the_evidence_chain_and_unknown_reasons()
    {
        var run = await CliRun.RunAsync("routes", Fixture("groups-across-files"));

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("+ `RequireAuthorization()` on group `/api/orders` at Program.cs:11", run.Stdout);
        Assert.Contains("? registered in a loop: the path depends on the loop variable", run.Stdout);
    }

    [Fact]
    public async Task Markdown_groups_routes_by_project()
    {
        var run = await CliRun.RunAsync("routes", Fixture("precision-storefront"), "--format", "markdown");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("## src/Storefront.Api: ", run.Stdout);
        Assert.Contains("| POST | `/api/auth/login` | anonymous |", run.Stdout);
    }

    [Fact]
    public async Task Output_file_is_written_whole()
    {
        using var tree = new TempTree();
        var target = Path.Combine(tree.Root, "routes.json");

        var run = await CliRun.RunAsync("routes", Fixture("signalr"), "--format", "json", "--output", target);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(3, JsonDocument.Parse(File.ReadAllText(target)).RootElement.GetArrayLength());
        Assert.Contains("wrote 3 route(s)", run.Stderr);
    }

    [Theory]
    [InlineData("--format", "yaml")]
    [InlineData("/no/such/folder")]
    public async Task Bad_input_is_a_usage_error(params string[] args)
    {
        var run = await CliRun.RunAsync(["routes", .. args]);

        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.Stderr.Trim().Split('\n'));
    }

    [Fact]
    public async Task A_file_that_does_not_parse_is_a_warning_and_the_rest_is_listed()
    {
        using var tree = new TempTree()
            .Write("Api.csproj", "<Project Sdk=\"Microsoft.NET.Sdk.Web\" />")
            .Write("Program.cs", "var app = WebApplication.Create();\napp.MapPost(\"/api/items\", () => 1);\napp.Run();\n")
            .Write("Broken.cs", "public class Broken {\n  public void M( {\n");

        var run = await CliRun.RunAsync("routes", tree.Root, "--format", "json");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("/api/items", JsonDocument.Parse(run.Stdout).RootElement[0].GetProperty("path").GetString());
        Assert.Contains("warning: Broken.cs:2: C# syntax error", run.Stderr);
    }
}
