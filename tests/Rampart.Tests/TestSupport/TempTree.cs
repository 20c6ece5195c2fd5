using System.Text;

namespace Rampart.Tests.TestSupport;

/// <summary>A throw-away directory tree for one test, deleted on dispose.</summary>
internal sealed class TempTree : IDisposable
{
    public TempTree()
    {
        Root = Path.Combine(Path.GetTempPath(), "rampart-test-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public string PathOf(string relative) => Path.Combine(Root, relative);

    public TempTree Write(string relative, string content) => WriteBytes(relative, Encoding.UTF8.GetBytes(content));

    public TempTree WriteBytes(string relative, byte[] content)
    {
        var full = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, content);
        return this;
    }

    public TempTree Symlink(string relative, string target)
    {
        var full = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.CreateSymbolicLink(full, target);
        return this;
    }

    /// <summary>Copies a folder of the test project's fixtures into this tree.</summary>
    public TempTree CopyFrom(string source)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 }))
        {
            WriteBytes(Path.GetRelativePath(source, file), File.ReadAllBytes(file));
        }

        return this;
    }

    public string Read(string relative) => File.ReadAllText(PathOf(relative));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temp folder must not fail a test.
        }
    }
}
