using YamlDotNet.RepresentationModel;

namespace Rampart.Pipeline.Scaffolding;

/// <summary>
/// The pin table (<c>Templates/action-pins.yaml</c>): every action a generated workflow uses,
/// mapped to a full commit SHA and its release tag. Templates name an action; this supplies the pin.
/// The RMP-P040 audit reads it too, to check the version comments of pins in any workflow.
/// </summary>
internal static class ActionPins
{
    private static readonly Lazy<IReadOnlyDictionary<string, ActionPin>> Table = new(Load);

    public static IReadOnlyCollection<ActionPin> All => [.. Table.Value.Values];

    /// <summary>The pin of <paramref name="action"/>; a template naming an action the table lacks is a bug.</summary>
    public static ActionPin For(string action) =>
        Table.Value.TryGetValue(action, out var pin) ? pin : throw new InvalidOperationException($"action-pins.yaml has no pin for {action}");

    /// <summary>The pin of <paramref name="action"/> (<c>owner/repo</c>, in any case), or null when the table has none.</summary>
    public static ActionPin? Find(string action) => Table.Value.GetValueOrDefault(action);

    private static IReadOnlyDictionary<string, ActionPin> Load()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(ScaffoldTemplates.Text("action-pins.yaml")));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var pins = new Dictionary<string, ActionPin>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in root.Children)
        {
            var action = ((YamlScalarNode)key).Value!;
            var entry = (YamlMappingNode)value;
            pins[action] = new ActionPin(action, Scalar(entry, "sha"), Scalar(entry, "version"));
        }

        return pins;
    }

    private static string Scalar(YamlMappingNode entry, string key) =>
        entry.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode { Value: { } value }
            ? value
            : throw new InvalidOperationException($"action-pins.yaml: an entry has no {key}");
}
