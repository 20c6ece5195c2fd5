using Rampart.Core.Scanning;
using Rampart.Pipeline.Hygiene;

namespace Rampart.Pipeline.Scaffolding;

/// <summary>
/// The project <c>rampart init</c> works on: its files as the scan walker sees them (ignore files
/// honoured), plus reads of any path under the root, ignored or not, so a target that exists is
/// never mistaken for a missing one.
/// </summary>
internal sealed class ProjectTree
{
    private ProjectTree(string root, RepositoryLayout layout)
    {
        Root = root;
        Layout = layout;
    }

    public string Root { get; }

    public RepositoryLayout Layout { get; }

    public IReadOnlyList<RepoFile> Files => Layout.Files;

    /// <summary>Files of the project itself: vendored copies (node_modules) left out.</summary>
    public IEnumerable<RepoFile> OwnFiles => Files.Where(f => !RepositoryLayout.IsVendored(f.Path));

    public static ProjectTree Load(string root)
    {
        var full = Path.GetFullPath(root);
        var inventory = new FileWalker().Walk(full, new WalkOptions());
        return new ProjectTree(full, RepositoryLayout.Of(inventory.Files));
    }

    public string FullPath(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    public bool Exists(string relative) => File.Exists(FullPath(relative));

    /// <summary>The text of a file under the root, or null when there is none (or it cannot be read).</summary>
    public string? Read(string relative)
    {
        try
        {
            return Exists(relative) ? File.ReadAllText(FullPath(relative)) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Files directly in <paramref name="directory"/> ('' for the root).</summary>
    public IEnumerable<RepoFile> FilesIn(string directory) => OwnFiles.Where(f => RepositoryLayout.DirectoryOf(f.Path) == directory);

    /// <summary>Files in <paramref name="directory"/> or below it.</summary>
    public IEnumerable<RepoFile> FilesUnder(string directory) =>
        directory.Length == 0 ? OwnFiles : OwnFiles.Where(f => f.Path.StartsWith(directory + "/", StringComparison.Ordinal));

    public static string Join(string directory, string name) => directory.Length == 0 ? name : $"{directory}/{name}";
}
