namespace Rampart.Tests.TestSupport;

/// <summary>Where the repository and the shared data folder beside it are, found from the test binaries.</summary>
internal static class RepoPaths
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string Shared => Path.Combine(RepoRoot, "..", "shared");

    public static string Fixtures => Path.Combine(RepoRoot, "tests", "Rampart.Tests", "Fixtures");

    public static string InRepo(string relative) => Path.Combine(RepoRoot, relative);

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Rampart.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Rampart.slnx not found above the test binaries");
    }
}
