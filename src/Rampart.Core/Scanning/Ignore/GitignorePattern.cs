using System.Text;
using System.Text.RegularExpressions;

namespace Rampart.Core.Scanning.Ignore;

/// <summary>
/// One line of a <c>.gitignore</c>-style file, compiled to a regex over paths relative to the
/// directory that holds the file. Follows gitignore(5): negation, directory-only patterns,
/// anchoring by a slash, <c>**</c>, character classes and backslash escapes.
/// </summary>
internal sealed class GitignorePattern
{
    private readonly Regex _regex;
    private readonly bool _matchesBaseNameOnly;

    private GitignorePattern(Regex regex, bool negated, bool directoryOnly, bool matchesBaseNameOnly)
    {
        _regex = regex;
        Negated = negated;
        DirectoryOnly = directoryOnly;
        _matchesBaseNameOnly = matchesBaseNameOnly;
    }

    public bool Negated { get; }

    public bool DirectoryOnly { get; }

    /// <summary>Parses one line; null for blanks and comments.</summary>
    public static GitignorePattern? Parse(string line)
    {
        var text = TrimUnescapedTrailingSpaces(line.TrimEnd('\r'));
        if (text.Length == 0 || text[0] == '#')
        {
            return null;
        }

        var negated = false;
        if (text[0] == '!')
        {
            negated = true;
            text = text[1..];
        }
        else if (text.StartsWith("\\!", StringComparison.Ordinal) || text.StartsWith("\\#", StringComparison.Ordinal))
        {
            text = text[1..];
        }

        var directoryOnly = text.EndsWith('/');
        text = text.TrimEnd('/');
        if (text.Length == 0)
        {
            return null;
        }

        // A slash at the start or in the middle anchors the pattern to the ignore file's directory.
        var anchored = text.Contains('/');
        text = text.TrimStart('/');
        var regex = new Regex("^" + Translate(text) + "$", RegexOptions.CultureInvariant | RegexOptions.Compiled);
        return new GitignorePattern(regex, negated, directoryOnly, matchesBaseNameOnly: !anchored);
    }

    /// <param name="relativePath">Path relative to the ignore file's directory, '/' separated.</param>
    public bool Matches(string relativePath, bool isDirectory)
    {
        if (DirectoryOnly && !isDirectory)
        {
            return false;
        }

        if (_matchesBaseNameOnly)
        {
            var slash = relativePath.LastIndexOf('/');
            return _regex.IsMatch(slash < 0 ? relativePath : relativePath[(slash + 1)..]);
        }

        return _regex.IsMatch(relativePath);
    }

    private static string Translate(string glob)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < glob.Length; i++)
        {
            var c = glob[i];
            switch (c)
            {
                case '*' when IsDoubleStar(glob, i):
                    if (i + 2 == glob.Length)
                    {
                        sb.Append(".*");
                    }
                    else
                    {
                        // "**/" : zero or more whole directories; skip the slash after it.
                        sb.Append("(?:.*/)?");
                        i++;
                    }

                    i++;
                    break;
                case '*':
                    sb.Append("[^/]*");
                    break;
                case '?':
                    sb.Append("[^/]");
                    break;
                case '[':
                    i = AppendCharacterClass(glob, i, sb);
                    break;
                case '\\' when i + 1 < glob.Length:
                    sb.Append(Regex.Escape(glob[++i].ToString()));
                    break;
                default:
                    sb.Append(Regex.Escape(c.ToString()));
                    break;
            }
        }

        return sb.ToString();
    }

    private static bool IsDoubleStar(string glob, int i) =>
        i + 1 < glob.Length && glob[i + 1] == '*'
        && (i == 0 || glob[i - 1] == '/')
        && (i + 2 == glob.Length || glob[i + 2] == '/');

    private static int AppendCharacterClass(string glob, int start, StringBuilder sb)
    {
        var end = glob.IndexOf(']', start + 2);
        if (end < 0)
        {
            sb.Append(@"\[");
            return start;
        }

        var body = glob[(start + 1)..end];
        var negate = body.StartsWith('!') || body.StartsWith('^');
        if (negate)
        {
            body = body[1..];
        }

        sb.Append('[').Append(negate ? "^/" : string.Empty).Append(body.Replace("\\", @"\\").Replace("[", @"\[")).Append(']');
        return end;
    }

    private static string TrimUnescapedTrailingSpaces(string text)
    {
        var end = text.Length;
        while (end > 0 && text[end - 1] == ' ' && !(end > 1 && text[end - 2] == '\\'))
        {
            end--;
        }

        return text[..end];
    }
}
