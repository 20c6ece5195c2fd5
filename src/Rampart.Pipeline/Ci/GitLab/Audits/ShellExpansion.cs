using System.Text.RegularExpressions;

namespace Rampart.Pipeline.Ci.GitLab.Audits;

/// <summary>
/// One <c>$NAME</c> or <c>${NAME}</c> in a shell script, with what the shell does with it: whether
/// it is quoted, whether the command line is parsed again (<c>eval</c>, <c>sh -c</c>, piped into a
/// shell), and which command receives it. A line-by-line reading, not a shell parser: heredocs
/// and multi-line quotes are read as ordinary lines.
/// </summary>
/// <param name="Name">The variable's name, <c>CI_COMMIT_TITLE</c>.</param>
/// <param name="Written">The reference as written, <c>$CI_COMMIT_TITLE</c> or <c>${CI_COMMIT_TITLE}</c>.</param>
/// <param name="Index">Where it starts in the script.</param>
/// <param name="IsQuoted">Whether it is inside double quotes, so it stays one word.</param>
/// <param name="Reparsed">What parses the expanded text again ("eval", "sh -c", "a shell it is piped into"), or null.</param>
/// <param name="Command">The first word of the command it is an argument of.</param>
internal sealed partial record ShellExpansion(string Name, string Written, int Index, bool IsQuoted, string? Reparsed, string Command)
{
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal) { "if", "then", "else", "elif", "do", "while", "until", "!", "time", "{" };

    /// <summary>Every expansion the outer shell performs: references in single quotes or after a backslash stay text and are skipped.</summary>
    public static IEnumerable<ShellExpansion> In(string script)
    {
        var lineStart = 0;
        foreach (var line in script.Split('\n'))
        {
            foreach (var expansion in InLine(line, lineStart))
            {
                yield return expansion;
            }

            lineStart += line.Length + 1;
        }
    }

    private static IEnumerable<ShellExpansion> InLine(string line, int offset)
    {
        var (single, dbl) = (false, false);
        var segmentStart = 0;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (single)
            {
                single = c != '\'';
                continue;
            }

            if (c == '\\')
            {
                i++;
                continue;
            }

            if (c == '"')
            {
                dbl = !dbl;
            }
            else if (c == '\'' && !dbl)
            {
                single = true;
            }
            else if (c == '#' && !dbl && (i == 0 || char.IsWhiteSpace(line[i - 1])))
            {
                yield break;
            }
            else if (!dbl && c is ';' or '|' or '&' or '(' or '`')
            {
                segmentStart = i + 1;
            }
            else if (c == '$' && Reference().Match(line, i) is { Success: true } reference)
            {
                var segment = line[segmentStart..i];
                var command = CommandOf(segment);
                var name = reference.Groups["braced"].Success ? reference.Groups["braced"].Value : reference.Groups["plain"].Value;
                yield return new ShellExpansion(name, reference.Value, offset + i, dbl, Reparser(segment, command, line, i), command);
                i += reference.Length - 1;
            }
        }
    }

    /// <summary>
    /// What parses the text again: <c>eval</c> or <c>sh -c</c> earlier in the command, or a shell
    /// that an <c>echo</c>/<c>printf</c> of it is piped into. A download piped into a shell runs
    /// the download, not the command line, so <c>curl …/$BRANCH | sh</c> is not counted here.
    /// </summary>
    private static string? Reparser(string segment, string command, string line, int at)
    {
        if (Evaluator().Match(segment) is { Success: true } evaluator)
        {
            var how = evaluator.Groups["how"].Value;
            if (how == "eval")
            {
                return "eval";
            }

            // Only the word after -c is the script; later words are its positional parameters ($1, $2), which stay data.
            return IsOneWord(segment[(evaluator.Index + evaluator.Length)..]) ? $"{how.Split(' ')[0]} -c" : null;
        }

        return command is "echo" or "printf" && PipedToShell().IsMatch(line, at) ? "a shell it is piped into" : null;
    }

    /// <summary>Whether <paramref name="text"/> is (the start of) a single shell word: no whitespace outside quotes.</summary>
    private static bool IsOneWord(string text)
    {
        var quote = '\0';
        foreach (var c in text)
        {
            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The command word of a segment: leading keywords and <c>NAME=value</c> assignments skipped.</summary>
    private static string CommandOf(string segment)
    {
        foreach (var word in segment.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (!Keywords.Contains(word) && !Assignment().IsMatch(word))
            {
                return word;
            }
        }

        return string.Empty;
    }

    [GeneratedRegex(@"\G\$(?:\{(?<braced>[A-Za-z_]\w*)[^}]*\}|(?<plain>[A-Za-z_]\w*))", RegexOptions.CultureInvariant)]
    private static partial Regex Reference();

    [GeneratedRegex(@"(?:^|\s)(?<how>eval|(?:ba|z|da|k)?sh\s+(?:-\S+\s+)*-[A-Za-z]*c)\s", RegexOptions.CultureInvariant)]
    private static partial Regex Evaluator();

    [GeneratedRegex(@"\G[^|]*\|\s*(?:sudo\s+)?(?:ba|z|da|k)?sh\b", RegexOptions.CultureInvariant)]
    private static partial Regex PipedToShell();

    [GeneratedRegex(@"^[A-Za-z_]\w*\+?=", RegexOptions.CultureInvariant)]
    private static partial Regex Assignment();
}
