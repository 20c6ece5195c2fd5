using System.IO.Compression;
using Rampart.Dependencies.Advisories;
using Rampart.Dependencies.Inventory;
using Rampart.Tests.TestSupport;

namespace Rampart.Tests.Dependencies.Advisories;

public sealed class AdvisoryStoreTests(SharedAdvisoryStore shared) : IClassFixture<SharedAdvisoryStore>
{
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_shared_folder_imports_every_record_and_names_the_file_it_skipped()
    {
        Assert.Equal(3631, shared.Import.Imported + shared.Import.Unchanged);
        var problem = Assert.Single(shared.Import.Problems);
        Assert.StartsWith("malicious/datadog-npm-manifest-subset.json: skipped", problem);
    }

    [Fact]
    public void Status_counts_records_per_ecosystem_and_knows_its_source()
    {
        var status = shared.Store.Status();

        Assert.Equal(3631, status.Records);
        Assert.Equal(10, status.Withdrawn);
        Assert.True(status.RecordsPerEcosystem["PyPI"] >= 2661);
        Assert.True(status.RecordsPerEcosystem["npm"] >= 935);
        Assert.True(status.RecordsPerEcosystem["NuGet"] >= 40);
        var source = Assert.Single(status.Sources);
        Assert.Equal(Path.GetFullPath(SharedAdvisoryStore.Folder), source.Source);
        Assert.NotNull(status.Age(DateTimeOffset.UtcNow));
    }

    [Theory]
    [InlineData("Newtonsoft.Json")]
    [InlineData("newtonsoft.json")]
    [InlineData("NEWTONSOFT.JSON")]
    public void NuGet_ids_are_looked_up_case_insensitively(string name) =>
        Assert.Contains(shared.Store.Query(Ecosystem.NuGet, name), r => r.Id == "GHSA-5crp-9r3c-p9vr");

    [Fact]
    public void NuGet_jquery_is_found_as_jQuery() =>
        Assert.Contains(shared.Store.Query(Ecosystem.NuGet, "jQuery"), r => r.Id == "GHSA-gxr4-xjj5-5px2");

    [Fact]
    public void Npm_names_are_case_sensitive() =>
        Assert.Empty(shared.Store.Query(Ecosystem.Npm, "Lodash"));

    [Theory]
    [InlineData("pillow")]
    [InlineData("PILLOW")]
    [InlineData("Pillow")]
    public void PyPI_names_are_pep503_normalised(string name) =>
        Assert.Contains(shared.Store.Query(Ecosystem.PyPI, name), r => r.Id == "GHSA-j7hp-h8jx-5ppr");

    [Fact]
    public void PyPI_separators_are_normalised_both_ways()
    {
        var dashed = shared.Store.Query(Ecosystem.PyPI, "flask-caching").Select(r => r.Id).ToArray();

        Assert.NotEmpty(dashed);
        Assert.Equal(dashed, shared.Store.Query(Ecosystem.PyPI, "Flask_Caching").Select(r => r.Id));
        Assert.Equal(dashed, shared.Store.Query(Ecosystem.PyPI, "flask.caching").Select(r => r.Id));
    }

    [Fact]
    public void One_record_spanning_ecosystems_is_indexed_under_each()
    {
        Assert.Contains(shared.Store.Query(Ecosystem.NuGet, "SkiaSharp"), r => r.Id == "GHSA-j7hp-h8jx-5ppr");
        Assert.Contains(shared.Store.Query(Ecosystem.Npm, "electron"), r => r.Id == "GHSA-j7hp-h8jx-5ppr");
        Assert.Contains(shared.Store.Query("crates.io", "webp"), r => r.Id == "GHSA-j7hp-h8jx-5ppr");
    }

    [Fact]
    public async Task Reimport_keeps_the_newer_record_and_replaces_an_older_one()
    {
        using var tree = new TempTree();
        tree.Write("feed/A-1.json", Record("A-1", "2024-01-01T00:00:00Z", "old-name"));
        using var store = new AdvisoryStore(tree.PathOf("db/advisories.db"), new FixedTime(Now));
        Assert.Equal(1, (await store.ImportFolderAsync(tree.PathOf("feed"))).Imported);

        var again = await store.ImportFolderAsync(tree.PathOf("feed"));
        Assert.Equal((0, 1), (again.Imported, again.Unchanged));

        tree.Write("feed/A-1.json", Record("A-1", "2025-01-01T00:00:00Z", "new-name"));
        Assert.Equal(1, (await store.ImportFolderAsync(tree.PathOf("feed"))).Imported);
        Assert.Empty(store.Query(Ecosystem.Npm, "old-name"));
        Assert.Single(store.Query(Ecosystem.Npm, "new-name"));

        tree.Write("feed/A-1.json", Record("A-1", "2023-01-01T00:00:00Z", "older-name"));
        Assert.Equal(0, (await store.ImportFolderAsync(tree.PathOf("feed"))).Imported);
        Assert.Single(store.Query(Ecosystem.Npm, "new-name"));
        Assert.Equal(Now, store.Status().LastImportedAt);
    }

    [Fact]
    public async Task A_malformed_file_is_skipped_and_the_rest_of_the_folder_imports()
    {
        using var tree = new TempTree();
        tree.Write("feed/a/A-1.json", Record("A-1", "2024-01-01T00:00:00Z", "pkg"));
        tree.Write("feed/b/broken.json", "{ \"id\": \"A-2\", ");
        tree.Write("feed/b/notes.txt", "not json, not read");
        using var store = new AdvisoryStore(tree.PathOf("advisories.db"));

        var result = await store.ImportFolderAsync(tree.PathOf("feed"));

        Assert.Equal(1, result.Imported);
        Assert.StartsWith("b/broken.json: skipped, not valid JSON", Assert.Single(result.Problems));
    }

    [Fact]
    public async Task An_osv_all_zip_imports_like_a_folder()
    {
        using var tree = new TempTree();
        var zipPath = tree.PathOf("all.zip");
        using (var zip = ZipFile.Open(zipPath, ZipArchiveMode.Create))
        {
            foreach (var id in new[] { "ghsa/GHSA-35jh-r3h4-6jhm", "npm-retirejs/RETIREJS-lodash-6", "nuget-retirenet/RETIRENET-1" })
            {
                // all.zip lays records out flat, one <id>.json per entry.
                zip.CreateEntryFromFile(Path.Combine(SharedAdvisoryStore.Folder, id + ".json"), Path.GetFileName(id) + ".json");
            }
        }

        using var store = new AdvisoryStore(tree.PathOf("advisories.db"));
        var result = await store.ImportZipAsync(zipPath);

        Assert.Equal(3, result.Imported);
        Assert.Empty(result.Problems);
        Assert.Equal(["GHSA-35jh-r3h4-6jhm", "RETIREJS-lodash-6"], store.Query(Ecosystem.Npm, "lodash").Select(r => r.Id));
        Assert.Equal(zipPath, Assert.Single(store.Status().Sources).Source);
    }

    [Fact]
    public async Task A_fresh_store_is_seeded_from_the_embedded_snapshot_once()
    {
        using var tree = new TempTree();
        using var store = new AdvisoryStore(tree.PathOf("cache/rampart/advisories.db"));

        var seeded = await store.EnsureSeededAsync();
        var again = await store.EnsureSeededAsync();

        Assert.NotNull(seeded);
        Assert.Equal(3631, seeded.Imported);
        Assert.Null(again);
        Assert.StartsWith(AdvisoryStore.EmbeddedSource + " ", Assert.Single(store.Status().Sources).Source);
        Assert.Contains(store.Query(Ecosystem.Npm, "lodash"), r => r.Id == "GHSA-35jh-r3h4-6jhm");
    }

    [Fact]
    public async Task An_older_embedded_snapshot_is_topped_up_but_imported_feed_data_is_left_alone()
    {
        using var tree = new TempTree();
        tree.Write("feed/A-1.json", Record("A-1", "2024-01-01T00:00:00Z", "pkg"));
        using var older = new AdvisoryStore(tree.PathOf("older.db"));
        await older.ImportFolderAsync(tree.PathOf("feed"));
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            archive.CreateEntryFromFile(tree.PathOf("feed/A-1.json"), "A-1.json");
        }

        zip.Position = 0;
        using var fromOldRelease = new AdvisoryStore(tree.PathOf("release.db"));
        await fromOldRelease.ImportZipAsync(zip, AdvisoryStore.EmbeddedSource + " 000000000000");

        Assert.Null(await older.EnsureSeededAsync());
        Assert.Equal(3631, (await fromOldRelease.EnsureSeededAsync())!.Imported);
        Assert.Equal(3632, fromOldRelease.Status().Records);
        var embedded = Assert.Single(fromOldRelease.Status().Sources);
        Assert.NotEqual(AdvisoryStore.EmbeddedSource + " 000000000000", embedded.Source);
    }

    [Fact]
    public async Task A_store_listing_an_older_snapshot_beside_the_current_one_forgets_the_older()
    {
        using var tree = new TempTree();
        using var store = new AdvisoryStore(tree.PathOf("both.db"));
        await store.EnsureSeededAsync();
        tree.Write("old/A-1.json", Record("A-1", "2024-01-01T00:00:00Z", "pkg"));
        await store.ImportRecordsAsync(AdvisoryStore.EmbeddedSource + " 000000000000", [("A-1.json", File.ReadAllText(tree.PathOf("old/A-1.json")))]);

        Assert.Null(await store.EnsureSeededAsync());

        var embedded = Assert.Single(store.Status().Sources);
        Assert.NotEqual(AdvisoryStore.EmbeddedSource + " 000000000000", embedded.Source);
    }

    [Fact]
    public void The_default_path_is_under_the_user_cache_directory() =>
        Assert.Equal(Path.Combine("/home/u/.local/share", "rampart", "advisories.db"), AdvisoryStore.DefaultPath("/home/u/.local/share"));

    [Fact]
    public void The_embedded_snapshot_carries_the_attribution_and_licence_notices()
    {
        using var snapshot = typeof(AdvisoryStore).Assembly.GetManifestResourceStream("advisories/snapshot.zip");
        Assert.NotNull(snapshot);
        using var zip = new ZipArchive(snapshot);
        var names = zip.Entries.Select(e => e.FullName.Replace('\\', '/')).ToHashSet();

        Assert.Contains("README.md", names);
        Assert.Contains("ghsa/SOURCES.tsv", names);
        Assert.Contains("malicious/SOURCES.tsv", names);
        using var readme = new StreamReader(zip.GetEntry("README.md")!.Open());
        var text = readme.ReadToEnd();
        Assert.Contains("## Attribution", text);
        Assert.Contains("CC-BY-4.0", text);
        Assert.Contains("Apache-2.0", text);
        Assert.Contains("MIT", text);
    }

    private static string Record(string id, string modified, string package) => $$"""
        { "id": "{{id}}", "modified": "{{modified}}",
          "affected": [ { "package": { "ecosystem": "npm", "name": "{{package}}" },
            "ranges": [ { "type": "SEMVER", "events": [ { "introduced": "0" }, { "fixed": "1.0.0" } ] } ] } ] }
        """;

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
