using System.Text;

namespace Rampart.Pipeline.Scaffolding;

/// <summary>
/// Renders <c>azure-pipelines.yml</c>: one job on a versioned hosted image that checks out
/// without keeping the token, sets up and tests each stack (lockfile enforced), then runs the
/// Rampart gate.
/// </summary>
internal static class AzurePipelineRenderer
{
    /// <summary>The .NET SDK channel Rampart itself runs on, installed in every pipeline for the gate.</summary>
    private const string RampartSdkChannel = "10.0";

    public static string Render(DetectedStacks stacks, string? dotnetEntry, string branch, string rampartVersion)
    {
        var steps = new StringBuilder();
        var hasDotnet = stacks.Dotnet is not null && dotnetEntry is not null;
        steps.Append(hasDotnet ? "\n      # .NET: restore exactly what packages.lock.json records, then build and test.\n" : "\n      # .NET, for Rampart.\n");
        foreach (var channel in Channels(hasDotnet ? stacks.Dotnet!.TargetFrameworks : []))
        {
            steps.Append(ScaffoldTemplates.Render("azure/use-dotnet.yml", new Dictionary<string, string> { ["channel"] = channel }));
        }

        if (hasDotnet)
        {
            var entry = ShellWords.Quote(dotnetEntry!);
            AppendScripts(steps, string.Empty,
            [
                ("Restore (.NET, lockfile enforced)", $"dotnet restore --locked-mode {entry}"),
                ("Build (.NET)", $"dotnet build --no-restore --configuration Release {entry}"),
                ("Test (.NET)", $"dotnet test --no-build --configuration Release {entry}"),
            ]);
        }

        if (stacks.Node is { } node)
        {
            steps.Append(ScaffoldTemplates.Render("azure/node.yml", new Dictionary<string, string> { ["where"] = Where(node.Directory) }));
            AppendScripts(steps, node.Directory, GitHubWorkflowRenderer.NodeCommands(node));
        }

        if (stacks.Python is { } python)
        {
            steps.Append(ScaffoldTemplates.Render("azure/python.yml", new Dictionary<string, string> { ["where"] = Where(python.Directory) }));
            AppendScripts(steps, python.Directory, GitHubWorkflowRenderer.PythonCommands(python));
        }

        return ScaffoldTemplates.Render("azure/azure-pipelines.yml", new Dictionary<string, string>
        {
            ["branch"] = YamlScalars.Of(branch),
            ["steps"] = steps.ToString().TrimEnd('\n'),
            ["rampart-version"] = ShellWords.Quote(rampartVersion),
        });
    }

    private static void AppendScripts(StringBuilder steps, string directory, IEnumerable<(string Name, string Run)> commands)
    {
        foreach (var (name, run) in commands)
        {
            steps.Append(ScaffoldTemplates.Render("azure/script-step.yml", new Dictionary<string, string>
            {
                ["run"] = YamlScalars.Of(run),
                ["name"] = YamlScalars.Of(name),
                ["working-directory"] = directory.Length == 0 ? string.Empty : $"        workingDirectory: {YamlScalars.Of(directory)}\n",
            }));
        }
    }

    /// <summary>The SDK channels the projects target (net8.0 → 8.0), plus the one Rampart needs.</summary>
    private static IEnumerable<string> Channels(IEnumerable<string> targetFrameworks) =>
        targetFrameworks
            .Select(f => f[3..].Split('-')[0])
            .Append(RampartSdkChannel)
            .Where(c => Version.TryParse(c, out _))
            .Distinct(StringComparer.Ordinal)
            .OrderBy(Version.Parse);

    private static string Where(string directory) => directory.Length == 0 ? string.Empty : $" ({directory}/)";
}
