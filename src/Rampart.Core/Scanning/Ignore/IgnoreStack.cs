namespace Rampart.Core.Scanning.Ignore;

/// <summary>
/// The ignore files that apply to one directory during the walk, outermost first; deeper
/// files win over shallower ones, as in git.
/// </summary>
internal sealed class IgnoreStack
{
    private readonly IReadOnlyList<IgnoreFile> _files;

    private IgnoreStack(IReadOnlyList<IgnoreFile> files) => _files = files;

    public static IgnoreStack Empty { get; } = new([]);

    public IgnoreStack With(IgnoreFile file) => file.IsEmpty ? this : new IgnoreStack([.. _files, file]);

    public bool IsIgnored(string rootRelativePath, bool isDirectory)
    {
        for (var i = _files.Count - 1; i >= 0; i--)
        {
            if (_files[i].Decide(rootRelativePath, isDirectory) is { } verdict)
            {
                return verdict;
            }
        }

        return false;
    }
}
