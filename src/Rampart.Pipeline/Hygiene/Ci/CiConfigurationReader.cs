using Rampart.Core.Findings;
using Rampart.Core.Scanning;

namespace Rampart.Pipeline.Hygiene.Ci;

/// <summary>
/// Reads every CI file of the layout once. YAML files go through <see cref="CiYamlVisitor"/>;
/// anything else (Jenkinsfile) and YAML that does not parse count each line as a command, so a
/// test command in them is still seen.
/// </summary>
internal static class CiConfigurationReader
{
    public static async Task<IReadOnlyList<CiConfiguration>> ReadAllAsync(RepositoryLayout layout, ScanContext context, CancellationToken cancellationToken)
    {
        var configurations = new List<CiConfiguration>();
        foreach (var file in layout.CiConfigurations.Concat(layout.CompositeActions).OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            if (await context.ReadTextAsync(file, cancellationToken).ConfigureAwait(false) is { } text)
            {
                configurations.Add(Read(text, context.Warnings));
            }
        }

        return configurations;
    }

    public static CiConfiguration Read(FileText text, ScanWarnings warnings)
    {
        var system = SystemOf(text.Path);
        if (text.Path.EndsWith(".yml", StringComparison.Ordinal) || text.Path.EndsWith(".yaml", StringComparison.Ordinal))
        {
            // The GitHub Actions, GitLab CI and Azure Pipelines detectors already warn about a file that is not YAML; once is enough.
            var audited = system is CiSystem.GitHubWorkflow or CiSystem.GitLab or CiSystem.AzurePipelines;
            if (YamlFile.TryLoadRoot(text, audited ? null : warnings) is { } root)
            {
                return CiYamlVisitor.Read(text, system, root);
            }
        }

        return new CiConfiguration(text.File, system) { Commands = LinesOf(text), Anchor = new SourceLocation(text.Path) };
    }

    private static CiSystem SystemOf(string path) => path switch
    {
        _ when path.StartsWith(".github/workflows/", StringComparison.Ordinal) => CiSystem.GitHubWorkflow,
        _ when path.StartsWith(".github/actions/", StringComparison.Ordinal) => CiSystem.GitHubCompositeAction,
        ".gitlab-ci.yml" => CiSystem.GitLab,
        _ when path.StartsWith("azure-pipelines.", StringComparison.Ordinal) || path.StartsWith(".azure-pipelines/", StringComparison.Ordinal) => CiSystem.AzurePipelines,
        _ => CiSystem.Other,
    };

    private static List<CiCommand> LinesOf(FileText text)
    {
        var commands = new List<CiCommand>();
        for (var line = 1; line <= text.Lines.LineCount; line++)
        {
            var content = text.Line(line);
            var trimmed = content.Trim();
            // Comment lines may name a tool ("# TODO: run pytest") without running it.
            if (trimmed.Length > 0 && !trimmed.StartsWith('#') && !trimmed.StartsWith("//", StringComparison.Ordinal))
            {
                commands.Add(new CiCommand(trimmed, text.LocationOf(text.Lines.LineStart(line) + content.IndexOf(trimmed, StringComparison.Ordinal), trimmed.Length)));
            }
        }

        return commands;
    }
}
