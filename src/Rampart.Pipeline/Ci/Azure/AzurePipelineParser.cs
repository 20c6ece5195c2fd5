using Rampart.Core.Scanning;
using YamlDotNet.RepresentationModel;

namespace Rampart.Pipeline.Ci.Azure;

/// <summary>
/// Builds the typed <see cref="AzurePipeline"/> of one Azure Pipelines file, pipeline or template.
/// Lenient about shape: template references are recorded, <c>${{ if … }}:</c> and
/// <c>${{ each … }}:</c> insertions are read as if their condition held, and a key of the wrong
/// type reads as absent. Strict only about YAML syntax, which throws <see cref="WorkflowParseException"/>.
/// </summary>
internal sealed class AzurePipelineParser
{
    private readonly YamlValueReader _yaml;
    private readonly AzureStepParser _steps;
    private readonly List<WorkflowValue> _templates = [];

    private AzurePipelineParser(FileText source)
    {
        _yaml = new YamlValueReader(source);
        _steps = new AzureStepParser(_yaml);
    }

    /// <summary>The pipeline, or null when the file is empty or not a mapping.</summary>
    public static AzurePipeline? Parse(FileText source) => new AzurePipelineParser(source).ParseRoot();

    private AzurePipeline? ParseRoot()
    {
        if (YamlDocumentLoader.LoadRoot(_yaml.Source.Text) is not YamlMappingNode root)
        {
            return null;
        }

        var stages = YamlValueReader.Child(root, "stages") is { } stageList
            ? Items(stageList).Select(Stage).OfType<AzureStage>().ToList()
            : [new AzureStage { Jobs = YamlValueReader.Child(root, "jobs") is { } jobs ? Jobs(jobs) : ImplicitJob(root) }];
        RecordTemplate(YamlValueReader.Child(root, "extends"));
        return new AzurePipeline
        {
            Path = _yaml.Source.Path,
            Variables = Variables(YamlValueReader.Child(root, "variables")),
            VmImage = VmImage(root),
            Containers = Containers(YamlValueReader.Child(YamlValueReader.Child(root, "resources"), "containers")),
            Stages = stages,
            Templates = _templates,
        };
    }

    private AzureStage? Stage(YamlNode stage)
    {
        if (RecordTemplate(stage))
        {
            return null;
        }

        return new AzureStage
        {
            Name = _yaml.Scalar(stage, "stage"),
            Variables = Variables(YamlValueReader.Child(stage, "variables")),
            VmImage = VmImage(stage),
            Jobs = Jobs(YamlValueReader.Child(stage, "jobs")),
        };
    }

    private List<AzureJob> Jobs(YamlNode? jobs) => [.. Items(jobs).Select(Job).OfType<AzureJob>()];

    /// <summary>A pipeline of <c>steps:</c> alone is one job, with the job's keys at the top; its pool and variables stay the pipeline's.</summary>
    private List<AzureJob> ImplicitJob(YamlNode root) =>
        YamlValueReader.Child(root, "steps") is null
            ? []
            : [Job(root, "the pipeline's job", _steps.Read(Items(YamlValueReader.Child(root, "steps")), RecordTemplate)) with { VmImage = null, Variables = [] }];

    private AzureJob? Job(YamlNode job)
    {
        if (RecordTemplate(job))
        {
            return null;
        }

        if (_yaml.Scalar(job, "deployment") is { } deployment)
        {
            // A deployment's steps sit in its strategy's phases: runOnce: deploy: steps:, on: failure: steps:, ...
            var phases = StepListsUnder(YamlValueReader.Child(job, "strategy"), depth: 0).SelectMany(Items);
            return Job(job, $"deployment {deployment.Text}", _steps.Read(phases, RecordTemplate));
        }

        var name = _yaml.Scalar(job, "job")?.Text ?? "job";
        return Job(job, $"job {name}", _steps.Read(Items(YamlValueReader.Child(job, "steps")), RecordTemplate));
    }

    private AzureJob Job(YamlNode job, string label, IReadOnlyList<AzureStep> steps) => new()
    {
        Label = label,
        Variables = Variables(YamlValueReader.Child(job, "variables")),
        VmImage = VmImage(job),
        Container = YamlValueReader.Child(job, "container") is YamlMappingNode container ? _yaml.Scalar(container, "image") : _yaml.Scalar(job, "container"),
        Steps = steps,
    };

    private static IEnumerable<YamlNode> StepListsUnder(YamlNode? node, int depth)
    {
        if (depth > 4)
        {
            return [];
        }

        return YamlValueReader.EntriesOf(node).SelectMany(e => e.Key.Value == "steps" ? [e.Value] : StepListsUnder(e.Value, depth + 1));
    }

    private WorkflowValue? VmImage(YamlNode owner) => _yaml.Scalar(YamlValueReader.Child(owner, "pool"), "vmImage");

    /// <summary><c>NAME: value</c> mappings and <c>- name: NAME value: v</c> lists; groups are skipped, templates recorded.</summary>
    private List<WorkflowEntry> Variables(YamlNode? variables)
    {
        if (variables is YamlMappingNode)
        {
            var entries = new List<WorkflowEntry>();
            foreach (var (key, value) in YamlValueReader.EntriesOf(variables))
            {
                if (IsInsertion(key.Value!))
                {
                    entries.AddRange(Variables(value));
                }
                else if (_yaml.AsScalar(value) is { } text)
                {
                    entries.Add(new WorkflowEntry(_yaml.ValueOf(key), text));
                }
            }

            return entries;
        }

        var listed = new List<WorkflowEntry>();
        foreach (var item in Items(variables))
        {
            if (!RecordTemplate(item) && _yaml.Scalar(item, "name") is { } name && _yaml.Scalar(item, "value") is { } value)
            {
                listed.Add(new WorkflowEntry(name, value));
            }
        }

        return listed;
    }

    private List<AzureContainerResource> Containers(YamlNode? containers) =>
    [
        .. Items(containers)
            .Select(c => (Alias: _yaml.Scalar(c, "container"), Image: _yaml.Scalar(c, "image")))
            .Where(c => c.Alias is not null && c.Image is not null)
            .Select(c => new AzureContainerResource(c.Alias!, c.Image!)),
    ];

    /// <summary>The entries of a list, with the entries of <c>- ${{ if … }}:</c> insertions spliced in.</summary>
    private static IEnumerable<YamlNode> Items(YamlNode? list)
    {
        if (list is not YamlSequenceNode sequence)
        {
            yield break;
        }

        foreach (var item in sequence.Children)
        {
            var entries = YamlValueReader.EntriesOf(item).ToList();
            if (entries.Count == 1 && IsInsertion(entries[0].Key.Value!))
            {
                foreach (var inserted in Items(entries[0].Value))
                {
                    yield return inserted;
                }
            }
            else
            {
                yield return item;
            }
        }
    }

    private static bool IsInsertion(string key) => key.StartsWith("${{", StringComparison.Ordinal);

    /// <summary>Records <c>template:</c> of an entry; true when the entry is a template reference.</summary>
    private bool RecordTemplate(YamlNode? node)
    {
        if (_yaml.Scalar(node, "template") is not { } template)
        {
            return false;
        }

        _templates.Add(template);
        return true;
    }
}
