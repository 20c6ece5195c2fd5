using System.IO.Enumeration;

namespace Rampart.Core.Scanning;

/// <summary>
/// One directory entry as the OS listing gives it. Built with <see cref="FileSystemEnumerable{T}"/>
/// so the walk neither allocates a FileInfo per entry nor reads every entry's link target.
/// </summary>
internal readonly record struct DirectoryEntry(string Name, bool IsDirectory, bool IsSymlink, long Length)
{
    private static readonly EnumerationOptions ListOptions = new()
    {
        RecurseSubdirectories = false,
        AttributesToSkip = 0,
        IgnoreInaccessible = false,
        ReturnSpecialDirectories = false,
    };

    /// <summary>The entries of one directory in ordinal name order, so scans are deterministic.</summary>
    public static List<DirectoryEntry> List(string directory)
    {
        var entries = new FileSystemEnumerable<DirectoryEntry>(directory, Create, ListOptions).ToList();
        entries.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        return entries;
    }

    private static DirectoryEntry Create(ref FileSystemEntry entry)
    {
        var isSymlink = (entry.Attributes & FileAttributes.ReparsePoint) != 0;
        var isDirectory = !isSymlink && entry.IsDirectory;
        return new DirectoryEntry(entry.FileName.ToString(), isDirectory, isSymlink, isDirectory || isSymlink ? 0 : entry.Length);
    }
}
