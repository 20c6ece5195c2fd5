using Rampart.Core.Scanning;
using YamlDotNet.RepresentationModel;

namespace Rampart.Pipeline.Ci.GitLab;

/// <summary>
/// Builds the typed <see cref="GitLabPipeline"/> of one GitLab CI file. Lenient about shape
/// (<c>extends:</c>, <c>!reference</c> tags, anchors and merge keys are read or skipped, never
/// fatal) and strict only about YAML syntax, which throws <see cref="WorkflowParseException"/>.
/// </summary>
internal sealed class GitLabCiParser
{
    /// <summary>Top-level keys that configure the pipeline; every other mapping at the top is a job.</summary>
    private static readonly HashSet<string> GlobalKeywords = new(StringComparer.Ordinal)
    {
        "stages", "variables", "image", "services", "before_script", "after_script", "cache", "include", "default", "workflow", "spec", "types",
    };

    private static readonly string[] ScriptSections = ["before_script", "script", "after_script"];

    private readonly YamlValueReader _yaml;

    private GitLabCiParser(FileText source) => _yaml = new YamlValueReader(source);

    /// <summary>The pipeline, or null when the file is empty or not a mapping.</summary>
    public static GitLabPipeline? Parse(FileText source) => new GitLabCiParser(source).ParseRoot();

    private GitLabPipeline? ParseRoot()
    {
        var documents = YamlDocumentLoader.LoadRoots(_yaml.Source.Text);
        // A file with a spec: header (inputs of an included file or component) keeps its configuration in the second document.
        var root = documents.Count > 1 && IsSpecHeader(documents[0]) ? documents[1] : documents.FirstOrDefault();
        if (root is not YamlMappingNode)
        {
            return null;
        }

        var jobs = new List<GitLabJob>();
        if (Defaults(root) is { } defaults)
        {
            jobs.Add(defaults);
        }

        foreach (var (key, value) in YamlValueReader.EntriesOf(root))
        {
            if (!GlobalKeywords.Contains(key.Value!) && value is YamlMappingNode)
            {
                jobs.Add(Job(key.Value!, value));
            }
        }

        var workflow = YamlValueReader.Child(root, "workflow");
        return new GitLabPipeline
        {
            Path = _yaml.Source.Path,
            Includes = Includes(YamlValueReader.Child(root, "include")),
            Variables = [.. Variables(YamlValueReader.Child(root, "variables")), .. RuleVariables(workflow)],
            Jobs = jobs,
        };
    }

    private static bool IsSpecHeader(YamlNode document) =>
        document is YamlMappingNode header && YamlValueReader.EntriesOf(header).All(e => e.Key.Value == "spec");

    private GitLabJob Job(string name, YamlNode job) => new()
    {
        Name = name,
        Images = Images(job),
        Scripts = Scripts(job),
        Variables = [.. Variables(YamlValueReader.Child(job, "variables")), .. RuleVariables(job)],
        Extends = _yaml.Scalars(YamlValueReader.Child(job, "extends")),
        TriggerIncludes = Includes(YamlValueReader.Child(YamlValueReader.Child(job, "trigger"), "include")),
    };

    /// <summary><c>default:</c> and the top-level keywords it replaced, read as one job; null when neither is there.</summary>
    private GitLabJob? Defaults(YamlNode root)
    {
        var defaultBlock = YamlValueReader.Child(root, "default");
        var images = Images(root).Concat(Images(defaultBlock)).ToList();
        var scripts = ScriptSections.Where(s => s != "script").SelectMany(s => ScriptLines(root, s).Concat(ScriptLines(defaultBlock, s))).ToList();
        return defaultBlock is null && images.Count == 0 && scripts.Count == 0
            ? null
            : new GitLabJob { Name = "default", IsDefaults = true, Images = images, Scripts = scripts };
    }

    private List<GitLabScriptLine> Scripts(YamlNode job) => [.. ScriptSections.SelectMany(section => ScriptLines(job, section))];

    private IEnumerable<GitLabScriptLine> ScriptLines(YamlNode? owner, string section) =>
        _yaml.Scalars(YamlValueReader.Child(owner, section)).Select(line => new GitLabScriptLine(section, line));

    /// <summary><c>image: x</c> or <c>image: { name: x }</c>; <c>services:</c> items in either form.</summary>
    private List<ContainerImage> Images(YamlNode? owner)
    {
        var images = new List<ContainerImage>();
        if (ImageName(YamlValueReader.Child(owner, "image")) is { } image)
        {
            images.Add(new ContainerImage("image", image));
        }

        if (YamlValueReader.Child(owner, "services") is YamlSequenceNode services)
        {
            images.AddRange(services.Children.Select(ImageName).OfType<WorkflowValue>().Select(service => new ContainerImage("service", service)));
        }

        return images;
    }

    private WorkflowValue? ImageName(YamlNode? node) => node is YamlMappingNode ? _yaml.Scalar(node, "name") : _yaml.AsScalar(node);

    /// <summary><c>NAME: value</c> and <c>NAME: { value: …, description: … }</c>.</summary>
    private List<WorkflowEntry> Variables(YamlNode? variables)
    {
        var entries = new List<WorkflowEntry>();
        foreach (var (key, value) in YamlValueReader.EntriesOf(variables))
        {
            if ((value is YamlMappingNode ? _yaml.Scalar(value, "value") : _yaml.AsScalar(value)) is { } text)
            {
                entries.Add(new WorkflowEntry(_yaml.ValueOf(key), text));
            }
        }

        return entries;
    }

    /// <summary>Variables that a <c>rules:</c> entry sets when it matches.</summary>
    private IEnumerable<WorkflowEntry> RuleVariables(YamlNode? owner) =>
        YamlValueReader.Child(owner, "rules") is YamlSequenceNode rules
            ? rules.Children.SelectMany(rule => Variables(YamlValueReader.Child(rule, "variables")))
            : [];

    private List<GitLabInclude> Includes(YamlNode? include) => include switch
    {
        YamlSequenceNode list when !YamlValueReader.IsTagged(list, "!reference") => [.. list.Children.Select(IncludeOf).OfType<GitLabInclude>()],
        _ => IncludeOf(include) is { } single ? [single] : [],
    };

    private GitLabInclude? IncludeOf(YamlNode? node)
    {
        if (_yaml.AsScalar(node) is { } shorthand)
        {
            var isUrl = shorthand.Text.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || shorthand.Text.StartsWith("http://", StringComparison.OrdinalIgnoreCase);
            return new GitLabInclude(isUrl ? GitLabIncludeKind.Remote : GitLabIncludeKind.Local, shorthand);
        }

        foreach (var kind in Enum.GetValues<GitLabIncludeKind>())
        {
            if (_yaml.Scalar(node, kind.ToString().ToLowerInvariant()) is { } target)
            {
                return new GitLabInclude(kind, target)
                {
                    Integrity = _yaml.Scalar(node, "integrity"),
                    Ref = _yaml.Scalar(node, "ref"),
                    Files = _yaml.Scalars(YamlValueReader.Child(node, "file")),
                };
            }
        }

        return null;
    }
}
