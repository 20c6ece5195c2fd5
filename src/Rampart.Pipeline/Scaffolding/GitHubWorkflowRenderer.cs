using System.Text;

namespace Rampart.Pipeline.Scaffolding;

/// <summary>
/// Renders <c>.github/workflows/ci.yml</c> from the templates: checkout, then per stack its setup,
/// a restore that enforces the lockfile, build and tests, then the Rampart gate.
/// </summary>
internal static class GitHubWorkflowRenderer
{
    private const string DefaultNodeVersion = "24";
    private const string DefaultPythonVersion = "3.13";

    /// <summary>The .NET SDK channel Rampart itself runs on, installed in every workflow for the gate.</summary>
    private const string RampartSdkChannel = "10.0";

    public static string Render(DetectedStacks stacks, string? dotnetEntry, string branch, string rampartVersion)
    {
        var steps = new StringBuilder();
        if (stacks.Dotnet is { } dotnet && dotnetEntry is not null)
        {
            steps.Append(ScaffoldTemplates.Render("github/dotnet.yml", new Dictionary<string, string>
            {
                ["dotnet-inputs"] = DotnetInputs(dotnet),
                ["entry"] = ShellWords.Quote(dotnetEntry),
            }));
        }

        if (stacks.Node is { } node)
        {
            steps.Append(ScaffoldTemplates.Render("github/node.yml", new Dictionary<string, string>
            {
                ["where"] = Where(node.Directory),
                ["node-version"] = node.VersionFile is { } file ? $"node-version-file: {YamlScalars.Of(file)}" : $"node-version: {DefaultNodeVersion}",
            }));
            AppendRunSteps(steps, node.Directory, NodeCommands(node));
        }

        if (stacks.Python is { } python)
        {
            steps.Append(ScaffoldTemplates.Render("github/python.yml", new Dictionary<string, string>
            {
                ["where"] = Where(python.Directory),
                ["python-version"] = python.VersionFile is { } file ? $"python-version-file: {YamlScalars.Of(file)}" : $"python-version: \"{DefaultPythonVersion}\"",
            }));
            AppendRunSteps(steps, python.Directory, PythonCommands(python));
        }

        return ScaffoldTemplates.Render("github/ci.yml", new Dictionary<string, string>
        {
            ["branch"] = YamlScalars.Of(branch, inFlow: true),
            ["steps"] = steps.ToString(),
            ["gate-setup"] = stacks.Dotnet is null || dotnetEntry is null ? ScaffoldTemplates.Render("github/gate-dotnet.yml") : string.Empty,
            ["rampart-version"] = ShellWords.Quote(rampartVersion),
        });
    }

    /// <summary>The install, build and test commands of a Node project, by package manager.</summary>
    public static IReadOnlyList<(string Name, string Run)> NodeCommands(NodeStack node)
    {
        var tool = node.PackageManager.ToString().ToLowerInvariant();
        var commands = new List<(string, string)>();
        switch (node.PackageManager)
        {
            case NodePackageManager.Yarn or NodePackageManager.Pnpm:
                commands.Add(("Enable the package manager (corepack)", "corepack enable"));
                break;
            case NodePackageManager.Bun:
                commands.Add(("Install bun", "npm install --global bun@1"));
                break;
        }

        commands.Add(("Install (Node, lockfile enforced)", node.PackageManager == NodePackageManager.Npm ? "npm ci" : $"{tool} install --frozen-lockfile"));
        if (node.Scripts.ContainsKey("build"))
        {
            commands.Add(("Build (Node)", $"{tool} run build"));
        }

        // Without a real test script, Node's own runner finds the *.test.* files (the smoke test among them).
        var test = !node.HasTestScript ? "node --test" : node.PackageManager == NodePackageManager.Bun ? "bun run test" : $"{tool} test";
        commands.Add(("Test (Node)", test));
        return commands;
    }

    /// <summary>The install and test commands of a Python project, by installer.</summary>
    public static IReadOnlyList<(string Name, string Run)> PythonCommands(PythonStack python)
    {
        var commands = new List<(string, string)>();
        switch (python.Installer)
        {
            case PythonInstaller.Uv:
                commands.Add(("Install uv", "python -m pip install uv"));
                commands.Add(("Install (Python, lockfile enforced)", "uv sync --locked"));
                commands.Add(("Test (Python)", python.DeclaresPytest ? "uv run --locked python -m pytest" : "uv run --locked --with pytest python -m pytest"));
                return commands;
            case PythonInstaller.Poetry:
                commands.Add(("Install poetry", "python -m pip install poetry"));
                commands.Add(("Install (Python, poetry.lock)", "poetry install"));
                if (!python.DeclaresPytest)
                {
                    commands.Add(("Install pytest", "poetry run python -m pip install pytest"));
                }

                commands.Add(("Test (Python)", "poetry run python -m pytest"));
                return commands;
        }

        if (python.RequirementsFiles.Count > 0)
        {
            var files = string.Join(' ', python.RequirementsFiles.Select(f => $"-r {ShellWords.Quote(RelativeTo(python.Directory, f))}"));
            var name = python.RequirementsHaveHashes ? "Install (Python, hashes enforced)" : "Install (Python)";
            commands.Add((name, $"python -m pip install {(python.RequirementsHaveHashes ? "--require-hashes " : string.Empty)}{files}"));
        }
        else if (python.HasPyproject)
        {
            commands.Add(("Install (Python)", "python -m pip install ."));
        }

        if (!python.DeclaresPytest)
        {
            commands.Add(("Install pytest", "python -m pip install pytest"));
        }

        commands.Add(("Test (Python)", "python -m pytest"));
        return commands;
    }

    private static void AppendRunSteps(StringBuilder steps, string directory, IEnumerable<(string Name, string Run)> commands)
    {
        foreach (var (name, run) in commands)
        {
            steps.Append(ScaffoldTemplates.Render("github/run-step.yml", new Dictionary<string, string>
            {
                ["name"] = YamlScalars.Of(name),
                ["working-directory"] = directory.Length == 0 ? string.Empty : $"        working-directory: {YamlScalars.Of(directory)}\n",
                ["run"] = YamlScalars.Of(run),
            }));
        }
    }

    /// <summary>The SDK channels the projects target (net8.0 → 8.0.x), plus the one Rampart needs.</summary>
    private static string DotnetInputs(DotnetStack dotnet)
    {
        var channels = dotnet.TargetFrameworks
            .Select(f => f[3..].Split('-')[0])
            .Append(RampartSdkChannel)
            .Where(c => Version.TryParse(c, out _))
            .Distinct(StringComparer.Ordinal)
            .OrderBy(Version.Parse)
            .Select(c => $"            {c}.x");
        var inputs = $"          dotnet-version: |\n{string.Join('\n', channels)}";
        return dotnet.HasGlobalJson ? $"{inputs}\n          global-json-file: global.json" : inputs;
    }

    private static string Where(string directory) => directory.Length == 0 ? string.Empty : $" ({directory}/)";

    private static string RelativeTo(string directory, string path) => directory.Length == 0 ? path : path[(directory.Length + 1)..];
}
