using System.Text;
using System.Text.RegularExpressions;
using Rampart.Core.Scanning;

namespace Rampart.Pipeline.Containers.Dockerfiles;

/// <summary>
/// Reads a Dockerfile the way BuildKit does, as far as the audits need: the <c>escape</c> parser
/// directive, comments, line continuations (with comment and blank lines inside them skipped),
/// heredocs on RUN/COPY/ADD, and stages split at each FROM. It never fails: text it does not
/// understand becomes an instruction nobody audits.
/// </summary>
internal static partial class DockerfileParser
{
    private static readonly HashSet<string> HeredocInstructions = new(StringComparer.Ordinal) { "RUN", "COPY", "ADD" };

    public static DockerfileDocument Parse(FileText text)
    {
        var instructions = ReadInstructions(text);
        var globalArguments = instructions.TakeWhile(i => i.Keyword != "FROM").ToList();
        var stages = new List<DockerStage>();
        foreach (var instruction in instructions.Skip(globalArguments.Count))
        {
            if (instruction.Keyword == "FROM")
            {
                var (image, name) = ReadFrom(instruction.Arguments);
                stages.Add(new DockerStage(instruction, image, name, []));
            }
            else
            {
                stages[^1] = stages[^1] with { Instructions = [.. stages[^1].Instructions, instruction] };
            }
        }

        return new DockerfileDocument(text, globalArguments, stages);
    }

    private static List<DockerInstruction> ReadInstructions(FileText text)
    {
        var escape = '\\';
        var lineCount = text.Lines.LineCount;
        var instructions = new List<DockerInstruction>();
        var inDirectives = true;
        for (var line = 1; line <= lineCount;)
        {
            var content = text.Line(line);
            var trimmed = content.Trim();
            if (inDirectives && Directive().Match(trimmed) is { Success: true } directive)
            {
                escape = directive.Groups[1].Value.Equals("escape", StringComparison.OrdinalIgnoreCase) && directive.Groups[2].Value == "`" ? '`' : escape;
                line++;
                continue;
            }

            inDirectives = false;
            if (trimmed.Length == 0 || trimmed.StartsWith('#'))
            {
                line++;
                continue;
            }

            var startLine = line;
            var start = text.Lines.LineStart(line) + (content.Length - content.TrimStart().Length);
            var logical = new StringBuilder();
            for (; line <= lineCount; line++)
            {
                var physical = text.Line(line).TrimEnd();
                if (line > startLine && (physical.TrimStart().StartsWith('#') || physical.Length == 0))
                {
                    continue;
                }

                if (physical.EndsWith(escape) && line < lineCount)
                {
                    logical.Append(physical[..^1]);
                    continue;
                }

                logical.Append(physical);
                break;
            }

            var statement = logical.ToString().Trim();
            var split = statement.IndexOfAny([' ', '\t']);
            var keyword = (split < 0 ? statement : statement[..split]).ToUpperInvariant();
            var arguments = split < 0 ? string.Empty : statement[(split + 1)..].Trim();
            var lastLine = Math.Min(line, lineCount);
            if (HeredocInstructions.Contains(keyword))
            {
                (arguments, lastLine) = AppendHeredocs(text, arguments, lastLine);
            }

            line = lastLine + 1;
            var end = lastLine < lineCount ? text.Lines.LineStart(lastLine + 1) : text.Text.Length;
            instructions.Add(new DockerInstruction(keyword, arguments, startLine, start, end));
        }

        return instructions;
    }

    /// <summary>Appends each heredoc body (<c>&lt;&lt;EOF</c> ... <c>EOF</c>) to the arguments; returns the last line consumed.</summary>
    private static (string Arguments, int LastLine) AppendHeredocs(FileText text, string arguments, int lastLine)
    {
        var body = new StringBuilder(arguments);
        foreach (Match heredoc in Heredoc().Matches(arguments))
        {
            var stripTabs = heredoc.Groups["dash"].Value == "-";
            var delimiter = heredoc.Groups["word"].Value;
            while (lastLine < text.Lines.LineCount)
            {
                var content = text.Line(++lastLine);
                if ((stripTabs ? content.TrimStart('\t') : content).TrimEnd() == delimiter)
                {
                    break;
                }

                body.Append('\n').Append(content);
            }
        }

        return (body.ToString(), lastLine);
    }

    /// <summary><c>FROM [--platform=...] image [AS name]</c>.</summary>
    private static (string Image, string? Name) ReadFrom(string arguments)
    {
        var words = arguments.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).SkipWhile(w => w.StartsWith("--", StringComparison.Ordinal)).ToList();
        if (words.Count == 0)
        {
            return (string.Empty, null);
        }

        var name = words.Count >= 3 && words[1].Equals("AS", StringComparison.OrdinalIgnoreCase) ? words[2] : null;
        return (words[0], name);
    }

    [GeneratedRegex(@"^#\s*(\w+)\s*=\s*(\S+)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Directive();

    [GeneratedRegex(@"<<(?<dash>-?)([""']?)(?<word>[A-Za-z_][\w-]*)\1", RegexOptions.CultureInvariant)]
    private static partial Regex Heredoc();
}
