using Rampart.Core.Scanning;
using YamlDotNet.RepresentationModel;

namespace Rampart.Pipeline.Workflows;

/// <summary>
/// Builds the typed <see cref="Workflow"/> from a workflow file. It is lenient about shape (a key
/// GitHub would reject is skipped, not fatal) and strict only about YAML syntax, which throws
/// <see cref="WorkflowParseException"/>.
/// </summary>
internal sealed class WorkflowParser
{
    private readonly FileText _source;

    private WorkflowParser(FileText source) => _source = source;

    /// <summary>The workflow, or null when the file is empty or not a mapping (nothing for GitHub to run).</summary>
    public static Workflow? Parse(FileText source) => new WorkflowParser(source).ParseRoot();

    private Workflow? ParseRoot()
    {
        if (YamlDocumentLoader.LoadRoot(_source.Text) is not YamlMappingNode root || FirstKey(root) is not { } first)
        {
            return null;
        }

        return new Workflow
        {
            Path = _source.Path,
            At = first,
            Name = Scalar(root, "name"),
            Triggers = Triggers(Child(root, "on")),
            Permissions = Permissions(root),
            Env = Entries(Child(root, "env")),
            Jobs = Child(root, "jobs") is YamlMappingNode jobs ? [.. jobs.Children.Where(j => j.Key is YamlScalarNode).Select(j => ParseJob((YamlScalarNode)j.Key, j.Value))] : [],
            Scalars = ScalarsUnder(root),
        };
    }

    private Job ParseJob(YamlScalarNode id, YamlNode node)
    {
        var job = node as YamlMappingNode;
        var steps = job is not null && Child(job, "steps") is YamlSequenceNode list
            ? list.Children.OfType<YamlMappingNode>().Where(s => FirstKey(s) is not null).Select(ParseStep).ToList()
            : [];
        return new Job
        {
            Id = ValueOf(id),
            Name = Scalar(job, "name"),
            RunsOn = RunnerLabels(Child(job, "runs-on")),
            Permissions = Permissions(job),
            Environment = Environment(job),
            Images = Images(job),
            Steps = steps,
            TimeoutMinutes = Scalar(job, "timeout-minutes"),
            If = Scalar(job, "if"),
            Uses = Scalar(job, "uses") is { } uses ? ActionReference.Parse(uses) : null,
            Secrets = Scalar(job, "secrets"),
            Env = Entries(Child(job, "env")),
            Scalars = ScalarsUnder(node),
        };
    }

    private Step ParseStep(YamlMappingNode step, int index) => new()
    {
        Index = index,
        At = FirstKey(step)!,
        Name = Scalar(step, "name"),
        Id = Scalar(step, "id"),
        Uses = Scalar(step, "uses") is { } uses ? ActionReference.Parse(uses) : null,
        Run = Scalar(step, "run"),
        Shell = Scalar(step, "shell"),
        If = Scalar(step, "if"),
        With = Entries(Child(step, "with")),
        Env = Entries(Child(step, "env")),
        Scalars = ScalarsUnder(step),
    };

    /// <summary><c>on: push</c>, <c>on: [push, pull_request]</c> and <c>on: { push: {...} }</c> all name events.</summary>
    private List<WorkflowValue> Triggers(YamlNode? on) => on switch
    {
        YamlScalarNode scalar when !string.IsNullOrEmpty(scalar.Value) => [ValueOf(scalar)],
        YamlSequenceNode list => [.. list.Children.OfType<YamlScalarNode>().Select(ValueOf)],
        YamlMappingNode map => [.. map.Children.Keys.OfType<YamlScalarNode>().Select(ValueOf)],
        _ => [],
    };

    private WorkflowPermissions? Permissions(YamlMappingNode? owner)
    {
        if (owner is null || ChildEntry(owner, "permissions") is not (var key, var value))
        {
            return null;
        }

        return value switch
        {
            YamlScalarNode shorthand => new WorkflowPermissions(ValueOf(key), ValueOf(shorthand), []),
            YamlMappingNode scopes => new WorkflowPermissions(ValueOf(key), null, Entries(scopes)),
            _ => new WorkflowPermissions(ValueOf(key), null, []),
        };
    }

    /// <summary><c>runs-on:</c> as a label, a list of labels, or a group with <c>labels:</c>.</summary>
    private List<WorkflowValue> RunnerLabels(YamlNode? runsOn) => runsOn switch
    {
        YamlScalarNode label => [ValueOf(label)],
        YamlSequenceNode labels => [.. labels.Children.OfType<YamlScalarNode>().Select(ValueOf)],
        YamlMappingNode group => RunnerLabels(Child(group, "labels")),
        _ => [],
    };

    private WorkflowValue? Environment(YamlMappingNode? job)
    {
        if (job is null || ChildEntry(job, "environment") is not (var key, var value))
        {
            return null;
        }

        return value switch
        {
            YamlScalarNode name when !string.IsNullOrWhiteSpace(name.Value) => ValueOf(name),
            YamlMappingNode map => Scalar(map, "name") ?? ValueOf(key),
            _ => null,
        };
    }

    private List<ContainerImage> Images(YamlMappingNode? job)
    {
        var images = new List<ContainerImage>();
        if (ImageOf(Child(job, "container")) is { } container)
        {
            images.Add(new ContainerImage("container", container));
        }

        if (Child(job, "services") is YamlMappingNode services)
        {
            foreach (var (name, service) in services.Children)
            {
                if (name is YamlScalarNode serviceName && ImageOf(service) is { } image)
                {
                    images.Add(new ContainerImage($"service {serviceName.Value}", image));
                }
            }
        }

        return images;
    }

    private WorkflowValue? ImageOf(YamlNode? node) => node switch
    {
        YamlScalarNode image when !string.IsNullOrWhiteSpace(image.Value) => ValueOf(image),
        YamlMappingNode map => Scalar(map, "image"),
        _ => null,
    };

    private List<WorkflowEntry> Entries(YamlNode? node) => node is YamlMappingNode map
        ? [.. map.Children.Where(c => c.Key is YamlScalarNode && c.Value is YamlScalarNode).Select(c => new WorkflowEntry(ValueOf((YamlScalarNode)c.Key), ValueOf((YamlScalarNode)c.Value)))]
        : [];

    private WorkflowValue? Scalar(YamlMappingNode? map, string key) =>
        Child(map, key) is YamlScalarNode scalar && !string.IsNullOrEmpty(scalar.Value) ? ValueOf(scalar) : null;

    private static YamlNode? Child(YamlMappingNode? map, string key) =>
        map is not null && ChildEntry(map, key) is (_, var value) ? value : null;

    private static (YamlScalarNode Key, YamlNode Value)? ChildEntry(YamlMappingNode map, string key)
    {
        foreach (var (k, v) in map.Children)
        {
            if (k is YamlScalarNode scalar && string.Equals(scalar.Value, key, StringComparison.Ordinal))
            {
                return (scalar, v);
            }
        }

        return null;
    }

    /// <summary>
    /// Every value scalar under a node, each once: an alias reaches the anchored node itself, and
    /// visiting it only once keeps an alias bomb from multiplying the walk.
    /// </summary>
    private List<WorkflowValue> ScalarsUnder(YamlNode node)
    {
        var found = new List<WorkflowValue>();
        var seen = new HashSet<YamlNode>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<YamlNode>([node]);
        while (pending.TryPop(out var current))
        {
            if (!seen.Add(current))
            {
                continue;
            }

            switch (current)
            {
                case YamlScalarNode scalar when !string.IsNullOrEmpty(scalar.Value):
                    found.Add(ValueOf(scalar));
                    break;
                case YamlSequenceNode list:
                    foreach (var child in list.Children.Reverse())
                    {
                        pending.Push(child);
                    }

                    break;
                case YamlMappingNode map:
                    foreach (var child in map.Children.Values.Reverse())
                    {
                        pending.Push(child);
                    }

                    break;
            }
        }

        return [.. found.OrderBy(v => v.Location.Line).ThenBy(v => v.Location.Column)];
    }

    private WorkflowValue? FirstKey(YamlMappingNode map) =>
        map.Children.Keys.OfType<YamlScalarNode>().Select(ValueOf).FirstOrDefault();

    private WorkflowValue ValueOf(YamlScalarNode node) =>
        new(_source, node.Value ?? string.Empty, (int)node.Start.Index, (int)node.End.Index);
}
