using Rampart.Core.Scanning;
using Rampart.Dependencies.Extractors;
using Rampart.Dependencies.Extractors.Npm;
using Rampart.Dependencies.Inventory;

namespace Rampart.Tests.Dependencies.Extractors.Npm;

/// <summary>Malformed files give a problem line, never an exception; small hand-made shapes the fixtures lack.</summary>
public sealed class NpmExtractorInputTests
{
    public static TheoryData<string, string> MalformedFiles() => new()
    {
        { "package-lock.json", "{ \"lockfileVersion\": 3, \"packages\": { \"node_modules/a\": { \"version\": " },
        { "npm-shrinkwrap.json", "[1, 2" },
        { "package.json", "{ \"dependencies\": { \"express\": \"^4\" " },
        { "bun.lock", "{ \"packages\": { \"a\": [\"a@1.0.0\", } " },
        { "pnpm-lock.yaml", "lockfileVersion: '9.0'\npackages:\n  a@1.0.0: {\n    resolution: [\n" },
        { "yarn.lock", "# yarn lockfile v1\n\nthis is not a yarn entry\n" },
        { "package-lock.json", "{ \"lockfileVersion\": 3, \"packages\": [] }" },
        { "pnpm-lock.yaml", "lockfileVersion: '9.0'\npackages:\n  a@1.0.0: {}\n  a@1.0.0: {}\n" },
        { "pnpm-lock.yaml", "- just\n- a list\n" },
        { "bun.lock", "[]" },
    };

    [Theory]
    [MemberData(nameof(MalformedFiles))]
    public async Task Malformed_input_is_a_problem_line_not_an_exception(string fileName, string text)
    {
        var result = await ExtractAsync(fileName, text);

        Assert.Empty(result.Packages);
        var problem = Assert.Single(result.Problems);
        Assert.StartsWith(fileName, problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Package_lock_entry_without_version_is_skipped_with_a_problem()
    {
        const string Lock = """
            {
              "lockfileVersion": 3,
              "packages": {
                "": { "dependencies": { "@acme/ui": "^1.0.0", "left": "^1.0.0" } },
                "node_modules/@acme/ui": { "version": "1.2.0", "dependencies": { "@acme/tokens": "^2" } },
                "node_modules/@acme/ui/node_modules/@acme/tokens": { "version": "2.0.1", "peer": true },
                "node_modules/left": { "resolved": "git+ssh://git@example.com/left.git" }
              }
            }
            """;

        var result = await ExtractAsync("package-lock.json", Lock);

        Assert.Equal(
            ["@acme/ui 1.2.0 direct prod 5 -", "@acme/tokens 2.0.1 transitive prod 6 @acme/ui"],
            result.Packages.Select(NpmExtractorFixtureTests.Format));
        Assert.Equal(["package-lock.json: \"node_modules/left\" has no version, skipped"], result.Problems);
    }

    [Fact]
    public async Task A_package_reached_from_prod_and_dev_direct_dependencies_is_prod()
    {
        const string Lock = """
            lockfileVersion: '9.0'
            importers:
              .:
                dependencies:
                  a: { specifier: ^1, version: 1.0.0 }
                devDependencies:
                  b: { specifier: ^1, version: 1.0.0(c@3.0.0) }
            packages:
              a@1.0.0: {}
              b@1.0.0: {}
              c@3.0.0: {}
              d@4.0.0: {}
            snapshots:
              a@1.0.0:
                dependencies: { c: 3.0.0 }
              b@1.0.0(c@3.0.0):
                dependencies: { c: 3.0.0, d: 4.0.0 }
              c@3.0.0: {}
              d@4.0.0: {}
            """;

        var result = await ExtractAsync("pnpm-lock.yaml", Lock);

        Assert.Equal(
            ["a 1.0.0 direct prod 9 -", "b 1.0.0 direct dev 10 -", "c 3.0.0 transitive prod 11 a,b", "d 4.0.0 transitive dev 12 b"],
            result.Packages.Select(NpmExtractorFixtureTests.Format));
    }

    [Fact]
    public async Task Pnpm_v5_single_project_lockfile_uses_root_sections_and_slash_keys()
    {
        const string Lock = """
            lockfileVersion: 5.4

            specifiers:
              express: ^4.18.2
              typescript: ^5.0.0

            dependencies:
              express: 4.18.2

            devDependencies:
              typescript: 5.0.4

            packages:

              /express/4.18.2:
                resolution: {integrity: sha512-AAAA}
                dependencies:
                  ms: 2.0.0
                dev: false

              /ms/2.0.0:
                resolution: {integrity: sha512-BBBB}
                dev: false

              /typescript/5.0.4:
                resolution: {integrity: sha512-CCCC}
                hasBin: true
                dev: true
            """;

        var result = await ExtractAsync("pnpm-lock.yaml", Lock);

        Assert.Equal(
            ["express 4.18.2 direct prod 15 -", "ms 2.0.0 transitive prod 21 express", "typescript 5.0.4 direct dev 25 -"],
            result.Packages.Select(NpmExtractorFixtureTests.Format));
    }

    [Theory]
    [InlineData("/lodash/4.17.21", "lodash", "4.17.21")]
    [InlineData("/@babel/core/7.24.0_supports-color@8.1.1", "@babel/core", "7.24.0")]
    [InlineData("/@types/node@20.11.5", "@types/node", "20.11.5")]
    [InlineData("/ts-node@10.9.2(@types/node@20.11.5)(typescript@5.4.5)", "ts-node", "10.9.2")]
    [InlineData("@vitest/runner@1.6.0", "@vitest/runner", "1.6.0")]
    public void Pnpm_package_keys_of_every_version_are_split(string key, string name, string version)
    {
        Assert.True(PnpmLockExtractor.TryParseKey(key, out var actualName, out var actualVersion));
        Assert.Equal((name, version), (actualName, actualVersion));
    }

    [Fact]
    public async Task Yarn_v1_without_package_json_still_lists_packages_as_transitive()
    {
        const string Lock = """
            # THIS IS AN AUTOGENERATED FILE. DO NOT EDIT THIS FILE DIRECTLY.
            # yarn lockfile v1


            "@scope/pkg@^1.0.0", "@scope/pkg@^1.1.0":
              version "1.1.2"
              resolved "https://registry.yarnpkg.com/@scope/pkg/-/pkg-1.1.2.tgz"
              dependencies:
                tiny "~0.1.0"

            tiny@~0.1.0:
              version "0.1.4"
            """;

        var result = await ExtractAsync("yarn.lock", Lock);

        Assert.Equal(
            ["@scope/pkg 1.1.2 transitive prod 5 -", "tiny 0.1.4 transitive prod 11 -"],
            result.Packages.Select(NpmExtractorFixtureTests.Format));
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void Each_extractor_claims_only_its_own_file_names()
    {
        IPackageExtractor[] extractors = [new PackageLockExtractor(), new YarnLockExtractor(), new PnpmLockExtractor(), new BunLockExtractor(), new PackageJsonExtractor()];
        string[] paths = ["app/package-lock.json", "npm-shrinkwrap.json", "yarn.lock", "web/pnpm-lock.yaml", "bun.lock", "package.json"];

        foreach (var path in paths)
        {
            Assert.Single(extractors, e => e.Handles(path));
        }

        Assert.DoesNotContain(extractors, e => e.Handles("node_modules/express/package.json") || e.Handles("bun.lockb") || e.Handles("package-lock.json.bak"));
    }

    private static Task<ExtractionResult> ExtractAsync(string fileName, string text)
    {
        IPackageExtractor[] extractors = [new PackageLockExtractor(), new YarnLockExtractor(), new PnpmLockExtractor(), new BunLockExtractor(), new PackageJsonExtractor()];
        var file = new FileText(new RepoFile(fileName, "/virtual/" + fileName, text.Length), text);
        return extractors.First(e => e.Handles(fileName)).ExtractAsync(file, (_, _) => Task.FromResult<FileText?>(null), CancellationToken.None);
    }
}
