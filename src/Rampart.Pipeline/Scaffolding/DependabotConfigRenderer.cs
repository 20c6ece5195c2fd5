using System.Text;
using Rampart.Pipeline.Hygiene;

namespace Rampart.Pipeline.Scaffolding;

/// <summary>
/// Renders <c>.github/dependabot.yml</c>: one grouped, weekly entry with a 7-day cooldown per
/// ecosystem present, plus <c>github-actions</c> for the pins of the generated workflow.
/// </summary>
internal static class DependabotConfigRenderer
{
    public static string Render(DetectedStacks stacks, string? dotnetEntry)
    {
        var entries = new List<(string Ecosystem, IReadOnlyList<string> Directories)>();
        if (stacks.Dotnet is not null)
        {
            entries.Add(("nuget", [DirectoryOf(dotnetEntry ?? stacks.Dotnet.Projects[0])]));
        }

        if (stacks.Node is { } node)
        {
            entries.Add((node.PackageManager == NodePackageManager.Bun ? "bun" : "npm", [Absolute(node.Directory)]));
        }

        if (stacks.Python is { } python)
        {
            entries.Add((python.Installer == PythonInstaller.Uv ? "uv" : "pip", [Absolute(python.Directory)]));
        }

        if (stacks.Docker is { } docker)
        {
            entries.Add(("docker", [.. docker.Dockerfiles.Select(DirectoryOf).Distinct(StringComparer.Ordinal)]));
        }

        entries.Add(("github-actions", ["/"]));
        var text = new StringBuilder();
        foreach (var (ecosystem, directories) in entries)
        {
            text.Append(ScaffoldTemplates.Render("github/dependabot-entry.yml", new Dictionary<string, string>
            {
                ["ecosystem"] = ecosystem,
                ["directory"] = directories.Count == 1
                    ? $"    directory: {YamlScalars.Of(directories[0])}"
                    : "    directories:\n" + string.Join('\n', directories.Select(d => $"      - {YamlScalars.Of(d)}")),
            }));
        }

        return ScaffoldTemplates.Render("github/dependabot.yml", new Dictionary<string, string> { ["entries"] = text.ToString().TrimEnd('\n') });
    }

    private static string DirectoryOf(string path) => Absolute(RepositoryLayout.DirectoryOf(path));

    private static string Absolute(string directory) => "/" + directory;
}
