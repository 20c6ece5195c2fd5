namespace Rampart.Core.Scanning.Ignore;

/// <summary>
/// A gitignore-style pattern used to select files (config excludes, suppressions): it matches a
/// path when it matches the path itself or any directory above it, as an ignored directory
/// ignores everything inside.
/// </summary>
public sealed class PathPattern
{
    private readonly GitignorePattern _pattern;

    private PathPattern(string text, GitignorePattern pattern)
    {
        Text = text;
        _pattern = pattern;
    }

    public string Text { get; }

    public static PathPattern Everything { get; } = new("**", GitignorePattern.Parse("**")!);

    public static bool TryParse(string text, out PathPattern? pattern)
    {
        pattern = null;
        if (text.TrimStart().StartsWith('!') || GitignorePattern.Parse(text) is not { } parsed)
        {
            return false;
        }

        pattern = new PathPattern(text, parsed);
        return true;
    }

    /// <param name="path">Scan-root-relative file path, '/' separated.</param>
    public bool Matches(string path)
    {
        if (_pattern.Matches(path, isDirectory: false))
        {
            return true;
        }

        for (var slash = path.LastIndexOf('/'); slash > 0; slash = path.LastIndexOf('/', slash - 1))
        {
            if (_pattern.Matches(path[..slash], isDirectory: true))
            {
                return true;
            }
        }

        return false;
    }

    public override string ToString() => Text;
}
