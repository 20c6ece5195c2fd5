using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Rampart.Pipeline;

/// <summary>
/// Loads the YAML documents of a CI file, keeping node positions. Every way the YAML can be
/// broken ends as a <see cref="WorkflowParseException"/> with a line and column.
/// </summary>
internal static class YamlDocumentLoader
{
    /// <summary>The root node, or null for an empty file.</summary>
    public static YamlNode? LoadRoot(string text) => LoadRoots(text).FirstOrDefault();

    /// <summary>The root node of every document of the file, in order (GitLab puts a <c>spec:</c> header document first).</summary>
    public static IReadOnlyList<YamlNode> LoadRoots(string text)
    {
        var parser = new PositionTrackingParser(new Parser(new StringReader(text)));
        var stream = new YamlStream();
        try
        {
            stream.Load(parser);
        }
        catch (YamlException e)
        {
            // An unknown alias is only noticed once the document is loaded, and reported at the start of the file.
            var at = e is AnchorNotFoundException && parser.UnknownAlias is { } alias ? alias : e.Start.Index > 0 ? e.Start : parser.LastStart;
            throw new WorkflowParseException((int)at.Line, (int)at.Column, $"invalid YAML: {FirstLine(e.Message)}");
        }
        catch (InvalidOperationException e)
        {
            // YamlDotNet's scanner throws this on a few malformed flow collections instead of a YamlException.
            throw new WorkflowParseException((int)parser.LastStart.Line, (int)parser.LastStart.Column, $"invalid YAML near here ({FirstLine(e.Message)})");
        }

        return [.. stream.Documents.Select(d => d.RootNode)];
    }

    private static string FirstLine(string text) => text.Split('\n')[0].Trim();

    /// <summary>Remembers where the last event started, and the first alias to an anchor not defined before it.</summary>
    private sealed class PositionTrackingParser(IParser inner) : IParser
    {
        private readonly HashSet<string> _anchors = new(StringComparer.Ordinal);

        public Mark LastStart { get; private set; } = new(0, 1, 1);

        public Mark? UnknownAlias { get; private set; }

        public ParsingEvent? Current => inner.Current;

        public bool MoveNext()
        {
            var moved = inner.MoveNext();
            if (!moved || inner.Current is not { } current)
            {
                return moved;
            }

            LastStart = current.Start;
            if (current is AnchorAlias alias && !_anchors.Contains(alias.Value.Value))
            {
                UnknownAlias ??= current.Start;
            }
            else if (current is NodeEvent { Anchor.IsEmpty: false } node)
            {
                _anchors.Add(node.Anchor.Value);
            }

            return moved;
        }
    }
}
