using Rampart.Dependencies.Extractors;
using Rampart.Dependencies.Extractors.PyPI;

namespace Rampart.Tests.Dependencies.Extractors.PyPI;

/// <summary>Edge cases of the TOML and JSON Python formats; the fixtures cover the ordinary shapes.</summary>
public sealed class PythonLockExtractorTests
{
    private static async Task<(List<string> Packages, IReadOnlyList<string> Problems)> ExtractAsync(IPackageExtractor extractor, string path, Dictionary<string, string> files)
    {
        var result = await extractor.ExtractAsync(ExtractorFixture.Text(path, files[path]), ExtractorFixture.Siblings(files), CancellationToken.None);
        return (ExtractorFixture.Render(result.Packages), result.Problems);
    }

    public static TheoryData<string, string, string> Malformed => new()
    {
        { nameof(PoetryLockExtractor), "poetry.lock", "[[package]\nname = \"x\"" },
        { nameof(UvLockExtractor), "uv.lock", "version = 1\n[[package]]\nname = \"x\" version" },
        { nameof(PyprojectTomlExtractor), "pyproject.toml", "[project\ndependencies = [\"x\"]" },
        { nameof(PipfileLockExtractor), "Pipfile.lock", "{\"default\": {\"x\": " },
        { nameof(PoetryLockExtractor), "poetry.lock", "[[package]]\nname = \"a\nversion = \"1.0\"\n" },
        { nameof(UvLockExtractor), "uv.lock", "[[package]]\nname = \"a\"\nsource = { registry = }\n" },
        { nameof(PyprojectTomlExtractor), "pyproject.toml", "released = 1979-13-45\n" },
        { nameof(PipfileLockExtractor), "Pipfile.lock", "" },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public async Task Malformed_files_are_one_problem_not_an_exception(string extractorName, string path, string text)
    {
        var extractor = PyPIExtractors.All.Single(e => e.GetType().Name == extractorName);

        var (packages, problems) = await ExtractAsync(extractor, path, new() { [path] = text });

        Assert.Empty(packages);
        Assert.Single(problems);
        Assert.StartsWith($"{path}: not valid", problems[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Poetry_lock_with_an_invalid_pyproject_beside_it_still_reads_the_lock()
    {
        var (packages, problems) = await ExtractAsync(new PoetryLockExtractor(), "poetry.lock", new()
        {
            ["poetry.lock"] = "[[package]]\nname = \"idna\"\nversion = \"3.6\"\ngroups = [\"main\"]\n",
            ["pyproject.toml"] = "[tool.poetry\n",
        });

        Assert.Equal(["idna 3.6 direct prod poetry.lock:2 -"], packages);
        Assert.Single(problems);
    }

    [Fact]
    public async Task Poetry_lock_entries_without_a_version_are_problems()
    {
        var (packages, problems) = await ExtractAsync(new PoetryLockExtractor(), "poetry.lock", new()
        {
            ["poetry.lock"] = "[[package]]\nname = \"idna\"\n\n[[package]]\nname = \"certifi\"\nversion = \"2024.2.2\"\n",
        });

        Assert.Equal(["certifi 2024.2.2 direct prod poetry.lock:5 -"], packages);
        Assert.Equal(["poetry.lock:2: package without name or version"], problems);
    }

    [Fact]
    public async Task Uv_lock_packages_from_git_or_paths_are_problems()
    {
        var (packages, problems) = await ExtractAsync(new UvLockExtractor(), "uv.lock", new()
        {
            ["uv.lock"] = "version = 1\n\n[[package]]\nname = \"lib\"\nversion = \"0.1.0\"\nsource = { git = \"https://example.com/lib.git?rev=main#abc\" }\n\n[[package]]\nname = \"idna\"\nversion = \"3.7\"\nsource = { registry = \"https://pypi.org/simple\" }\n",
        });

        Assert.Equal(["idna 3.7 direct prod uv.lock:9 -"], packages);
        Assert.Equal(["uv.lock:4: lib comes from a git source, not the registry"], problems);
    }

    [Fact]
    public async Task Pipfile_lock_entries_without_a_pin_are_problems()
    {
        var (packages, problems) = await ExtractAsync(new PipfileLockExtractor(), "Pipfile.lock", new()
        {
            ["Pipfile.lock"] = "{\n  \"default\": {\n    \"lib\": {\"editable\": true, \"path\": \".\"},\n    \"idna\": {\"version\": \"==3.6\"}\n  },\n  \"develop\": {}\n}\n",
        });

        Assert.Equal(["idna 3.6 direct prod Pipfile.lock:4 -"], packages);
        Assert.Equal(["Pipfile.lock:3: lib has no pinned version (git, path or editable)"], problems);
    }

    [Fact]
    public async Task Pyproject_pep_621_optional_and_group_dependencies()
    {
        var (packages, problems) = await ExtractAsync(new PyprojectTomlExtractor(), "pyproject.toml", new()
        {
            ["pyproject.toml"] = "[project]\nname = \"app\"\ndependencies = [\n  'Flask>=3',\n  \"lib @ https://example.com/lib.whl\",\n]\n\n[project.optional-dependencies]\ntest = [\"pytest>=8\"]\nyaml = [\"PyYAML==6.0.1\"]\n\n[dependency-groups]\nlint = [\"ruff\"]\n",
        });

        Assert.Equal(
        [
            "Flask >=3 direct prod pyproject.toml:4 -",
            "pytest >=8 direct dev pyproject.toml:9 -",
            "PyYAML 6.0.1 direct prod pyproject.toml:10 -",
            "ruff - direct dev pyproject.toml:13 -",
        ], packages);
        Assert.Equal(["pyproject.toml:5: lib comes from a URL, not the registry"], problems);
    }
}
