using System.Text.RegularExpressions;
using Rampart.Core.Scanning;

namespace Rampart.Pipeline.Hygiene;

/// <summary>
/// Reads a pip requirements file for what the lockfile check needs: the requirements that are
/// not pinned to one version. A direct URL or VCS reference counts as pinned; a file that applies
/// a constraints file (<c>-c</c>) is taken as pinned by it.
/// </summary>
internal static partial class PythonRequirements
{
    public static bool IsRequirementsFile(string path) => RequirementsPath().IsMatch(path);

    /// <summary>The unpinned requirements as (1-based line, requirement text); empty when everything is pinned.</summary>
    public static IReadOnlyList<(int Line, string Requirement)> Unpinned(FileText text)
    {
        var unpinned = new List<(int, string)>();
        var logical = string.Empty;
        var firstLine = 0;
        for (var line = 1; line <= text.Lines.LineCount; line++)
        {
            var content = StripComment(text.Line(line)).Trim();
            if (logical.Length == 0)
            {
                firstLine = line;
            }

            if (content.EndsWith('\\'))
            {
                logical += content[..^1] + " ";
                continue;
            }

            var requirement = (logical + content).Trim();
            logical = string.Empty;
            if (requirement.StartsWith("-c", StringComparison.Ordinal) || requirement.StartsWith("--constraint", StringComparison.Ordinal))
            {
                return [];
            }

            if (requirement.Length > 0 && !requirement.StartsWith('-') && !IsPinned(requirement))
            {
                unpinned.Add((firstLine, requirement.Split(';')[0].Trim()));
            }
        }

        return unpinned;
    }

    private static bool IsPinned(string requirement) =>
        ExactPin().IsMatch(requirement) || requirement.Contains(" @ ", StringComparison.Ordinal) || DirectReference().IsMatch(requirement);

    /// <summary>pip comments start with '#' at the start of a line or after whitespace; '#egg=' in a URL is not one.</summary>
    private static string StripComment(string line)
    {
        var index = line.StartsWith('#') ? 0 : line.IndexOf(" #", StringComparison.Ordinal);
        return index < 0 ? line : line[..index];
    }

    [GeneratedRegex(@"(^|/)requirements[\w.-]*\.txt$|(^|/)requirements/[^/]+\.txt$", RegexOptions.CultureInvariant)]
    private static partial Regex RequirementsPath();

    /// <summary><c>==1.2.3</c> or <c>===1.2.3</c>, but not the range <c>==1.*</c>.</summary>
    [GeneratedRegex(@"===?\s*[^\s,;*]+(\s|;|$)", RegexOptions.CultureInvariant)]
    private static partial Regex ExactPin();

    [GeneratedRegex(@"^(git\+|hg\+|svn\+|bzr\+|https?://|file:|\.{0,2}/)", RegexOptions.CultureInvariant)]
    private static partial Regex DirectReference();
}
