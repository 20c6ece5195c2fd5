using Rampart.Dependencies.Advisories;
using Rampart.Tests.TestSupport;

namespace Rampart.Tests.Dependencies.Advisories;

/// <summary>The shared advisory data imported once into a temporary SQLite file, for the tests of one class.</summary>
public sealed class SharedAdvisoryStore : IAsyncLifetime
{
    private readonly TempTree tree = new();

    public SharedAdvisoryStore() => Store = new AdvisoryStore(tree.PathOf("advisories.db"));

    public static string Folder => Path.Combine(RepoPaths.Shared, "advisories");

    public AdvisoryStore Store { get; }

    public AdvisoryImportResult Import { get; private set; } = new(0, 0, []);

    public async Task InitializeAsync() => Import = await Store.ImportFolderAsync(Folder);

    public Task DisposeAsync()
    {
        Store.Dispose();
        tree.Dispose();
        return Task.CompletedTask;
    }
}
