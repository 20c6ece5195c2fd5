using System.Text.RegularExpressions;
using Rampart.Core.Findings;
using Rampart.Core.Scanning;

namespace Rampart.Pipeline.Containers.Dockerfiles;

/// <summary>A parsed Dockerfile: the ARGs before the first FROM, the stages, and the text to locate tokens in.</summary>
internal sealed partial class DockerfileDocument(FileText text, IReadOnlyList<DockerInstruction> globalArguments, IReadOnlyList<DockerStage> stages)
{
    public FileText Text { get; } = text;

    public string Path => Text.Path;

    /// <summary>ARG instructions before the first FROM: the only variables a FROM line can use.</summary>
    public IReadOnlyList<DockerInstruction> GlobalArguments { get; } = globalArguments;

    public IReadOnlyList<DockerStage> Stages { get; } = stages;

    public IEnumerable<DockerInstruction> AllInstructions => GlobalArguments.Concat(Stages.SelectMany(s => s.Instructions.Prepend(s.From)));

    /// <summary>
    /// The span of the first candidate found inside the instruction's own text, searched from
    /// <paramref name="from"/>; the keyword when none is (a token split by a line continuation).
    /// </summary>
    public SourceLocation Locate(DockerInstruction instruction, IEnumerable<string> candidates, int from = 0) =>
        TryLocate(instruction, candidates, from) ?? Text.LocationOf(instruction.Start, instruction.Keyword.Length);

    /// <summary>As <see cref="Locate(DockerInstruction, IEnumerable{string}, int)"/>, but null when no candidate is found.</summary>
    public SourceLocation? TryLocate(DockerInstruction instruction, IEnumerable<string> candidates, int from = 0)
    {
        var start = Math.Max(instruction.Start, from);
        foreach (var candidate in candidates.Where(c => c.Length > 0))
        {
            var index = start < instruction.End ? Text.Text.IndexOf(candidate, start, instruction.End - start, StringComparison.Ordinal) : -1;
            if (index >= 0)
            {
                return Text.LocationOf(index, candidate.Length);
            }
        }

        return null;
    }

    /// <summary>Every line of the instruction, without columns: what a snippet masks when a secret cannot be pinned down.</summary>
    public SourceLocation WholeLines(DockerInstruction instruction) =>
        new(Path, instruction.Line, 0, Text.Lines.ToLineColumn(Math.Max(instruction.Start, instruction.End - 1)).Line, 0);

    public SourceLocation Locate(DockerInstruction instruction, string token) => Locate(instruction, [token]);

    /// <summary>
    /// The image of a FROM with global ARG defaults substituted (<c>node:${NODE_VERSION}</c>);
    /// null when a variable has no default, since then nothing can be said about it.
    /// </summary>
    public string? ResolveImage(string image)
    {
        var defaults = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var argument in GlobalArguments.Where(a => a.Keyword == "ARG"))
        {
            foreach (var (name, value, _) in DockerKeyValues.Parse(argument))
            {
                if (value is not null)
                {
                    defaults[name] = value;
                }
            }
        }

        var unresolved = false;
        var resolved = Variable().Replace(image, match =>
        {
            var name = match.Groups["braced"].Success ? match.Groups["braced"].Value : match.Groups["plain"].Value;
            if (defaults.TryGetValue(name, out var value))
            {
                return value;
            }

            if (match.Groups["default"].Success)
            {
                return match.Groups["default"].Value;
            }

            unresolved = true;
            return match.Value;
        });
        return unresolved ? null : resolved;
    }

    [GeneratedRegex(@"\$\{(?<braced>\w+)(:-(?<default>[^}]*))?\}|\$(?<plain>\w+)", RegexOptions.CultureInvariant)]
    private static partial Regex Variable();
}
