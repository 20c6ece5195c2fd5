using System.Text;

namespace Rampart.Pipeline.Scaffolding;

/// <summary>
/// Renders <c>.gitlab-ci.yml</c>: one job per stack in the <c>test</c> stage (restore with the
/// lockfile enforced, build, test), each in an image at a full version, then the Rampart gate.
/// </summary>
internal static class GitLabCiRenderer
{
    public static string Render(DetectedStacks stacks, string? dotnetEntry, string rampartVersion)
    {
        var images = Images();
        var jobs = new StringBuilder();
        if (stacks.Dotnet is not null && dotnetEntry is not null)
        {
            var entry = ShellWords.Quote(dotnetEntry);
            jobs.Append(Job("dotnet", ".NET: restore exactly what packages.lock.json records, then build and test.", images["dotnet"], string.Empty,
            [
                $"dotnet restore --locked-mode {entry}",
                $"dotnet build --no-restore --configuration Release {entry}",
                $"dotnet test --no-build --configuration Release {entry}",
            ]));
        }

        if (stacks.Node is { } node)
        {
            jobs.Append(Job("node", $"Node.js{Where(node.Directory)}: install exactly what the lockfile records, then build and test.", images["node"], node.Directory,
                [.. GitHubWorkflowRenderer.NodeCommands(node).Select(c => c.Run)]));
        }

        if (stacks.Python is { } python)
        {
            jobs.Append(Job("python", $"Python{Where(python.Directory)}: install the pinned dependencies, then run the tests.", images["python"], python.Directory,
                [.. GitHubWorkflowRenderer.PythonCommands(python).Select(c => c.Run)]));
        }

        return ScaffoldTemplates.Render("gitlab/gitlab-ci.yml", new Dictionary<string, string>
        {
            ["jobs"] = jobs.ToString(),
            ["dotnet-image"] = images["dotnet"],
            ["rampart-version"] = ShellWords.Quote(rampartVersion),
        });
    }

    /// <summary>The image table: stack name, then the image at a full version.</summary>
    private static Dictionary<string, string> Images() =>
        ScaffoldTemplates.Lines("gitlab/images.txt").Select(l => l.Split(' ', 2)).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);

    private static string Job(string name, string comment, string image, string directory, IReadOnlyList<string> commands)
    {
        var script = directory.Length == 0 ? commands : [$"cd {ShellWords.Quote(directory)}", .. commands];
        return ScaffoldTemplates.Render("gitlab/job.yml", new Dictionary<string, string>
        {
            ["comment"] = comment,
            ["name"] = name,
            ["image"] = image,
            ["script"] = string.Join('\n', script.Select(c => $"    - {YamlScalars.Of(c)}")),
        });
    }

    private static string Where(string directory) => directory.Length == 0 ? string.Empty : $" ({directory}/)";
}
