using Rampart.Core.Findings;
using Rampart.Core.Scanning;
using YamlDotNet.RepresentationModel;

namespace Rampart.Pipeline.Hygiene.Ci;

/// <summary>
/// Walks a YAML CI file and collects what the hygiene checks ask about. It does not model jobs
/// and steps: any value under a command key (<c>run</c>, <c>script</c>, <c>commands</c>, ...) is a
/// command, wherever it sits, which covers GitHub, GitLab, Azure, CircleCI, Travis and Drone alike.
/// </summary>
internal sealed class CiYamlVisitor
{
    private static readonly HashSet<string> CommandKeys = new(StringComparer.Ordinal)
    {
        "run", "script", "before_script", "after_script", "commands", "command", "bash", "pwsh", "powershell",
        "inlineScript", "install", "before_install", "test_script", "build_script",
    };

    /// <summary>Azure tasks that wrap a tool: the task's inputs become the equivalent command line.</summary>
    private static readonly Dictionary<string, string> AzureTaskTools = new(StringComparer.OrdinalIgnoreCase)
    {
        ["DotNetCoreCLI"] = "dotnet",
        ["Npm"] = "npm",
        ["Maven"] = "mvn",
        ["Gradle"] = "gradle",
    };

    private static readonly string[] AzureTaskArguments = ["command", "customCommand", "goals", "tasks"];

    /// <summary>Top-level GitLab keys that are settings, not jobs.</summary>
    private static readonly HashSet<string> GitLabKeywords = new(StringComparer.Ordinal)
    {
        "stages", "variables", "image", "services", "before_script", "after_script", "cache", "include", "default", "workflow", "spec",
    };

    private readonly FileText _text;
    private readonly CiSystem _system;
    private readonly List<CiCommand> _commands = [];
    private readonly List<CiCommand> _actions = [];
    private bool _opaque;

    private CiYamlVisitor(FileText text, CiSystem system)
    {
        _text = text;
        _system = system;
    }

    public static CiConfiguration Read(FileText text, CiSystem system, YamlNode root)
    {
        var visitor = new CiYamlVisitor(text, system);
        visitor.Visit(root, inCommand: false);
        var triggerKey = system == CiSystem.GitHubWorkflow ? YamlFile.KeyNode(root, "on") : null;
        return new CiConfiguration(text.File, system)
        {
            Commands = visitor._commands,
            ActionReferences = visitor._actions,
            Triggers = triggerKey is null ? [] : TriggerNames(YamlFile.Child(root, "on")),
            TriggerLocation = triggerKey is null ? null : YamlFile.LocationOf(text, triggerKey),
            Anchor = AnchorOf(text, system, root),
            HasOpaqueParts = visitor._opaque,
        };
    }

    private void Visit(YamlNode node, bool inCommand)
    {
        switch (node)
        {
            case YamlScalarNode scalar when inCommand:
                AddCommands(scalar);
                break;
            case YamlSequenceNode sequence:
                foreach (var child in sequence.Children)
                {
                    Visit(child, inCommand);
                }

                break;
            case YamlMappingNode mapping:
                if (_system == CiSystem.AzurePipelines)
                {
                    AddAzureTask(mapping);
                }

                foreach (var (keyNode, value) in mapping.Children)
                {
                    var key = YamlFile.ScalarValue(keyNode) ?? string.Empty;
                    NoteReferences(key, value);
                    Visit(value, inCommand || CommandKeys.Contains(key));
                }

                break;
        }
    }

    private void NoteReferences(string key, YamlNode value)
    {
        if (key is "uses" or "task" && value is YamlScalarNode { Value: { Length: > 0 } reference })
        {
            _actions.Add(new CiCommand(reference, YamlFile.LocationOf(_text, value)));
            // A reusable workflow from another repository runs jobs this scan cannot see.
            _opaque |= key == "uses" && reference.Contains(".github/workflows/", StringComparison.Ordinal) && !reference.StartsWith("./", StringComparison.Ordinal);
        }

        _opaque |= (_system, key) is (CiSystem.GitLab, "include") or (CiSystem.AzurePipelines, "template" or "extends");
    }

    /// <summary>One command per logical line of a script; a trailing backslash continues the line.</summary>
    private void AddCommands(YamlScalarNode scalar)
    {
        if (string.IsNullOrWhiteSpace(scalar.Value))
        {
            return;
        }

        var searchFrom = (int)scalar.Start.Index;
        var searchEnd = Math.Max(searchFrom, (int)scalar.End.Index);
        var pending = string.Empty;
        SourceLocation? pendingLocation = null;
        foreach (var line in scalar.Value.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            var location = Locate(line, ref searchFrom, searchEnd) ?? new SourceLocation(_text.Path, (int)scalar.Start.Line, (int)scalar.Start.Column);
            pendingLocation ??= location;
            if (line.EndsWith('\\'))
            {
                pending += line[..^1].TrimEnd() + " ";
                continue;
            }

            _commands.Add(new CiCommand(pending + line, pendingLocation));
            (pending, pendingLocation) = (string.Empty, null);
        }

        if (pendingLocation is not null)
        {
            _commands.Add(new CiCommand(pending.TrimEnd(), pendingLocation));
        }
    }

    /// <summary>The exact span of a script line in the file; null when quoting or folding changed it.</summary>
    private SourceLocation? Locate(string line, ref int searchFrom, int searchEnd)
    {
        var index = searchEnd > searchFrom ? _text.Text.IndexOf(line, searchFrom, searchEnd - searchFrom, StringComparison.Ordinal) : -1;
        if (index < 0)
        {
            return null;
        }

        searchFrom = index + line.Length;
        return _text.LocationOf(index, line.Length);
    }

    private void AddAzureTask(YamlMappingNode step)
    {
        var taskNode = YamlFile.Child(step, "task");
        if (YamlFile.ScalarValue(taskNode) is not { } task || !AzureTaskTools.TryGetValue(task.Split('@')[0], out var tool))
        {
            return;
        }

        var inputs = YamlFile.Child(step, "inputs");
        var arguments = AzureTaskArguments
            .Select(name => YamlFile.ScalarValue(YamlFile.Child(inputs, name)))
            .Where(value => !string.IsNullOrWhiteSpace(value) && value != "custom");
        _commands.Add(new CiCommand($"{tool} {string.Join(' ', arguments)}".TrimEnd(), YamlFile.LocationOf(_text, taskNode!)));
    }

    private static List<string> TriggerNames(YamlNode? on) => on switch
    {
        YamlScalarNode { Value: { } single } => [single],
        YamlSequenceNode list => [.. list.Children.Select(YamlFile.ScalarValue).OfType<string>()],
        YamlMappingNode map => [.. map.Children.Keys.Select(YamlFile.ScalarValue).OfType<string>()],
        _ => [],
    };

    private static SourceLocation AnchorOf(FileText text, CiSystem system, YamlNode root)
    {
        if (system == CiSystem.GitLab)
        {
            var firstJob = (root as YamlMappingNode)?.Children.Keys.OfType<YamlScalarNode>()
                .FirstOrDefault(k => k.Value is { } name && !GitLabKeywords.Contains(name) && !name.StartsWith('.'));
            return firstJob is null ? new SourceLocation(text.Path) : YamlFile.LocationOf(text, firstJob);
        }

        var key = new[] { "jobs", "stages", "steps", "runs" }.Select(k => YamlFile.KeyNode(root, k)).FirstOrDefault(k => k is not null);
        return key is null ? new SourceLocation(text.Path) : YamlFile.LocationOf(text, key);
    }
}
