namespace Rampart.Pipeline.Scaffolding;

/// <summary>
/// Renders <c>renovate.json</c> for GitLab and Azure, where Dependabot does not run: the managers
/// of the ecosystems present plus the one for the CI file's images, one weekly group per manager,
/// and a 7-day <c>minimumReleaseAge</c>.
/// </summary>
internal static class RenovateConfigRenderer
{
    public static string Render(DetectedStacks stacks, CiProvider ci)
    {
        var managers = new List<string>();
        if (stacks.Dotnet is not null)
        {
            managers.Add("nuget");
        }

        if (stacks.Node is not null)
        {
            managers.Add("npm");
        }

        if (stacks.Python is { } python)
        {
            managers.AddRange(python.Installer switch
            {
                PythonInstaller.Poetry => ["poetry", "pep621"],
                PythonInstaller.Uv => ["pep621"],
                _ => python.HasPyproject ? ["pip_requirements", "pep621"] : ["pip_requirements"],
            });
        }

        if (stacks.Docker is not null)
        {
            managers.Add("dockerfile");
        }

        managers.Add(ci == CiProvider.GitLab ? "gitlabci" : "azure-pipelines");
        return ScaffoldTemplates.Render("repository/renovate.json", new Dictionary<string, string>
        {
            ["managers"] = string.Join(", ", managers.Select(m => $"\"{m}\"")),
            ["rules"] = string.Join(",\n", managers.Select(m => $"    {{ \"matchManagers\": [\"{m}\"], \"groupName\": \"{m}\" }}")),
        });
    }
}
