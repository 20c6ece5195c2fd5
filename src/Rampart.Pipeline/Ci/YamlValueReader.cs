using Rampart.Core.Scanning;
using YamlDotNet.RepresentationModel;

namespace Rampart.Pipeline.Ci;

/// <summary>
/// Reads the nodes of one CI file into <see cref="WorkflowValue"/>s that keep their exact span.
/// Lenient about shape: a key of the wrong type reads as absent, never as an error. Mapping
/// reads honour YAML merge keys (<c>&lt;&lt;: *defaults</c>), the mapping's own keys first.
/// </summary>
internal sealed class YamlValueReader(FileText source)
{
    /// <summary>Merge keys nested deeper than this are ignored: real files use one or two levels.</summary>
    private const int MaxMergeDepth = 8;

    public FileText Source => source;

    public WorkflowValue ValueOf(YamlScalarNode node) => new(source, node.Value ?? string.Empty, (int)node.Start.Index, (int)node.End.Index);

    /// <summary>The non-empty scalar under <paramref name="key"/>, or null.</summary>
    public WorkflowValue? Scalar(YamlNode? map, string key) =>
        Child(map, key) is YamlScalarNode scalar && !string.IsNullOrEmpty(scalar.Value) ? ValueOf(scalar) : null;

    /// <summary>A node that is itself a non-empty scalar, or null.</summary>
    public WorkflowValue? AsScalar(YamlNode? node) =>
        node is YamlScalarNode scalar && !string.IsNullOrEmpty(scalar.Value) ? ValueOf(scalar) : null;

    /// <summary>
    /// The scalars of a value that may be one string or a list of strings (GitLab flattens nested
    /// lists). A tagged list such as <c>!reference [.setup, script]</c> names other keys, not values, so it is skipped.
    /// </summary>
    public IReadOnlyList<WorkflowValue> Scalars(YamlNode? node)
    {
        var found = new List<WorkflowValue>();
        Collect(node, found, depth: 0);
        return found;
    }

    /// <summary><c>key: value</c> pairs of a mapping whose value is a scalar, keys kept for their positions.</summary>
    public IReadOnlyList<WorkflowEntry> Entries(YamlNode? map) =>
        [.. EntriesOf(map).Where(e => e.Value is YamlScalarNode).Select(e => new WorkflowEntry(ValueOf(e.Key), ValueOf((YamlScalarNode)e.Value)))];

    public static YamlNode? Child(YamlNode? map, string key) =>
        EntriesOf(map).FirstOrDefault(e => string.Equals(e.Key.Value, key, StringComparison.Ordinal)).Value;

    /// <summary>The key node of <paramref name="key"/>, for findings about the key itself.</summary>
    public static YamlScalarNode? KeyOf(YamlNode? map, string key) =>
        EntriesOf(map).FirstOrDefault(e => string.Equals(e.Key.Value, key, StringComparison.Ordinal)).Key;

    /// <summary>The scalar-keyed entries of a mapping: its own, then those merged in with <c>&lt;&lt;</c> that it does not override.</summary>
    public static IEnumerable<(YamlScalarNode Key, YamlNode Value)> EntriesOf(YamlNode? map) => EntriesOf(map, depth: 0);

    public static bool IsTagged(YamlNode node, string tag) => !node.Tag.IsEmpty && node.Tag.Value == tag;

    private static IEnumerable<(YamlScalarNode Key, YamlNode Value)> EntriesOf(YamlNode? map, int depth)
    {
        if (map is not YamlMappingNode mapping || depth > MaxMergeDepth)
        {
            yield break;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, value) in mapping.Children)
        {
            if (key is YamlScalarNode { Value: { } name } scalar && name != "<<" && seen.Add(name))
            {
                yield return (scalar, value);
            }
        }

        var merged = mapping.Children.Where(c => c.Key is YamlScalarNode { Value: "<<" }).Select(c => c.Value);
        foreach (var source in merged.SelectMany(m => m is YamlSequenceNode list ? list.Children : [m]))
        {
            foreach (var entry in EntriesOf(source, depth + 1))
            {
                if (seen.Add(entry.Key.Value!))
                {
                    yield return entry;
                }
            }
        }
    }

    private void Collect(YamlNode? node, List<WorkflowValue> found, int depth)
    {
        switch (node)
        {
            case YamlScalarNode scalar when !string.IsNullOrEmpty(scalar.Value) && !IsTagged(scalar, "!reference"):
                found.Add(ValueOf(scalar));
                break;
            case YamlSequenceNode list when !IsTagged(list, "!reference") && depth < MaxMergeDepth:
                foreach (var item in list.Children)
                {
                    Collect(item, found, depth + 1);
                }

                break;
        }
    }
}
