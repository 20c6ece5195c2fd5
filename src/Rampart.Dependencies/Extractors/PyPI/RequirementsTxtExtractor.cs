using System.Text.RegularExpressions;
using Rampart.Core.Findings;
using Rampart.Core.Scanning;
using Rampart.Dependencies.Inventory;

namespace Rampart.Dependencies.Extractors.PyPI;

/// <summary>
/// pip requirements files: <c>==</c> pins are versions, other specifiers are declared ranges; extras,
/// markers, <c>--hash</c> options, <c>\</c> continuations and comments are understood;
/// <c>-r</c> includes are read through the siblings callback (each file once), and <c>-c</c>
/// constraint pins resolve unpinned requirements. Editable installs, URLs and paths are not registry
/// packages and are reported as problems. Packages of a file named like <c>requirements-dev.txt</c>
/// or <c>test-requirements.txt</c> are development-only.
/// </summary>
internal sealed partial class RequirementsTxtExtractor : IPackageExtractor
{
    public string Format => "requirements.txt";

    public Ecosystem Ecosystem => Ecosystem.PyPI;

    public bool Handles(string path)
    {
        var name = Path.GetFileName(path);
        if (!name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var folder = Path.GetFileName(Path.GetDirectoryName(path) ?? string.Empty);
        return name.Contains("requirements", StringComparison.OrdinalIgnoreCase)
            || folder.Equals("requirements", StringComparison.OrdinalIgnoreCase);
    }

    public async Task<ExtractionResult> ExtractAsync(FileText file, Func<string, CancellationToken, Task<FileText?>> siblings, CancellationToken cancellationToken)
    {
        var state = new ReadState(siblings);
        state.Visited.Add(file.Path);
        await ReadAsync(file, isConstraints: false, state, cancellationToken);
        var packages = state.Requirements.Select(r =>
            r.Version is null && state.ConstraintPins.TryGetValue(r.Name, out var pin) ? r with { Version = pin } : r).ToList();
        return new ExtractionResult(packages) { Problems = state.Problems };
    }

    private static async Task ReadAsync(FileText file, bool isConstraints, ReadState state, CancellationToken cancellationToken)
    {
        var isDev = IsDevFile(file.Path);
        foreach (var (line, text) in LogicalLines(file))
        {
            var location = new SourceLocation(file.Path, line);
            if (text.StartsWith('-'))
            {
                await ReadOptionAsync(file, location, text, state, cancellationToken);
                continue;
            }

            var requirementText = PerRequirementOption().Split(text, 2)[0];
            if (PythonRequirement.TryParse(requirementText) is not { } requirement || LooksLikePath(requirementText))
            {
                state.Problems.Add($"{location}: not a registry requirement: {Shorten(text)}");
                continue;
            }

            if (requirement.Url is not null)
            {
                state.Problems.Add($"{location}: {requirement.Name} comes from a URL, not the registry: {Shorten(requirement.Url)}");
                continue;
            }

            if (isConstraints)
            {
                if (requirement.PinnedVersion is { } pin)
                {
                    state.ConstraintPins.TryAdd(requirement.Name, pin);
                }

                continue;
            }

            state.Requirements.Add(new Package(Ecosystem.PyPI, requirement.Name, requirement.PinnedVersion)
            {
                DeclaredRange = requirement.Specifier.Length == 0 ? null : requirement.Specifier,
                IsDirect = true,
                IsDev = isDev,
                Location = location,
            });
        }
    }

    private static async Task ReadOptionAsync(FileText file, SourceLocation location, string text, ReadState state, CancellationToken cancellationToken)
    {
        var match = IncludeOption().Match(text);
        if (!match.Success)
        {
            if (EditableOption().IsMatch(text))
            {
                state.Problems.Add($"{location}: editable install, not a registry package: {Shorten(text)}");
            }

            return; // index, find-links, --pre and the like change where pip looks, not what it installs
        }

        var target = match.Groups["path"].Value.Trim('"', '\'');
        if (target.Contains("://", StringComparison.Ordinal) || target.StartsWith('/'))
        {
            state.Problems.Add($"{location}: include {target} is outside the scanned tree");
            return;
        }

        var path = Combine(file.Path, target);
        if (!state.Visited.Add(path))
        {
            return; // already read: includes may form a cycle
        }

        if (await state.Siblings(path, cancellationToken) is not { } included)
        {
            state.Problems.Add($"{location}: include {target} not found ({path})");
            return;
        }

        var isConstraints = match.Groups["option"].Value is "-c" or "--constraint";
        await ReadAsync(included, isConstraints, state, cancellationToken);
    }

    /// <summary>Lines with comments removed and <c>\</c> continuations joined, each with the line it starts on.</summary>
    private static IEnumerable<(int Line, string Text)> LogicalLines(FileText file)
    {
        var start = 0;
        var buffer = new System.Text.StringBuilder();
        for (var line = 1; line <= file.Lines.LineCount; line++)
        {
            var text = file.Line(line);
            if (buffer.Length == 0)
            {
                start = line;
            }

            var continued = text.EndsWith('\\');
            buffer.Append(continued ? text[..^1] : text).Append(continued ? " " : string.Empty);
            if (continued && line < file.Lines.LineCount)
            {
                continue;
            }

            var logical = Comment().Replace(buffer.ToString(), string.Empty).Trim();
            buffer.Clear();
            if (logical.Length > 0)
            {
                yield return (start, logical);
            }
        }
    }

    private static string Combine(string filePath, string relative)
    {
        var parts = new List<string>(filePath.Split('/')[..^1]);
        foreach (var part in relative.Replace('\\', '/').Split('/'))
        {
            if (part == "..")
            {
                if (parts.Count > 0)
                {
                    parts.RemoveAt(parts.Count - 1);
                }
            }
            else if (part is not ("." or ""))
            {
                parts.Add(part);
            }
        }

        return string.Join('/', parts);
    }

    private static bool IsDevFile(string path) =>
        DevFileName().IsMatch(Path.GetFileNameWithoutExtension(path));

    private static bool LooksLikePath(string text) =>
        text.StartsWith('.') || text.StartsWith('/') || text.Contains("://", StringComparison.Ordinal)
        || text.EndsWith(".whl", StringComparison.OrdinalIgnoreCase) || text.EndsWith(".tar.gz", StringComparison.OrdinalIgnoreCase)
        || text.EndsWith(".zip", StringComparison.OrdinalIgnoreCase);

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..77] + "...";

    // pip: a comment starts at '#' at the line start or after whitespace.
    [GeneratedRegex(@"(^|\s+)#.*$")]
    private static partial Regex Comment();

    [GeneratedRegex(@"\s+--?[A-Za-z]")]
    private static partial Regex PerRequirementOption();

    [GeneratedRegex(@"^(?<option>-r|--requirement|-c|--constraint)(?:\s*=\s*|\s+|(?<=^-[rc]))(?<path>\S+)")]
    private static partial Regex IncludeOption();

    [GeneratedRegex(@"^(-e|--editable)\b")]
    private static partial Regex EditableOption();

    [GeneratedRegex(@"(^|[-_.])(dev|develop|test|tests|testing)([-_.]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex DevFileName();

    private sealed class ReadState(Func<string, CancellationToken, Task<FileText?>> siblings)
    {
        public Func<string, CancellationToken, Task<FileText?>> Siblings { get; } = siblings;

        public HashSet<string> Visited { get; } = new(StringComparer.Ordinal);

        public List<Package> Requirements { get; } = [];

        public Dictionary<string, string> ConstraintPins { get; } = new(PythonNames.Comparer);

        public List<string> Problems { get; } = [];
    }
}
