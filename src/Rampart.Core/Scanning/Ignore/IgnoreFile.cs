namespace Rampart.Core.Scanning.Ignore;

/// <summary>The patterns of one ignore file, rooted at the directory that holds it.</summary>
internal sealed class IgnoreFile
{
    private readonly IReadOnlyList<GitignorePattern> _patterns;

    public IgnoreFile(string baseDirectory, IEnumerable<string> lines)
    {
        BaseDirectory = baseDirectory;
        _patterns = [.. lines.Select(GitignorePattern.Parse).OfType<GitignorePattern>()];
    }

    /// <summary>Scan-root-relative directory ('' for the root).</summary>
    public string BaseDirectory { get; }

    public bool IsEmpty => _patterns.Count == 0;

    /// <summary>The verdict of the last matching pattern: true ignored, false re-included, null no match.</summary>
    public bool? Decide(string rootRelativePath, bool isDirectory)
    {
        var local = BaseDirectory.Length == 0 ? rootRelativePath : rootRelativePath[(BaseDirectory.Length + 1)..];
        for (var i = _patterns.Count - 1; i >= 0; i--)
        {
            if (_patterns[i].Matches(local, isDirectory))
            {
                return !_patterns[i].Negated;
            }
        }

        return null;
    }
}
