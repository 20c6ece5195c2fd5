using Rampart.Dependencies.Extractors.PyPI;

namespace Rampart.Tests.Dependencies.Extractors.PyPI;

public sealed class RequirementsTxtExtractorTests
{
    private static async Task<(List<string> Packages, IReadOnlyList<string> Problems)> ExtractAsync(string path, Dictionary<string, string> files)
    {
        var result = await new RequirementsTxtExtractor().ExtractAsync(
            ExtractorFixture.Text(path, files[path]), ExtractorFixture.Siblings(files), CancellationToken.None);
        return (ExtractorFixture.Render(result.Packages), result.Problems);
    }

    [Theory]
    [InlineData("requirements.txt", true)]
    [InlineData("requirements-dev.txt", true)]
    [InlineData("dev-requirements.txt", true)]
    [InlineData("requirements/base.txt", true)]
    [InlineData("src/requirements.in", false)]
    [InlineData("notes.txt", false)]
    public void Handles_requirements_files(string path, bool expected) =>
        Assert.Equal(expected, new RequirementsTxtExtractor().Handles(path));

    [Fact]
    public async Task Continuation_lines_and_hashes_give_one_package_on_the_first_line()
    {
        var (packages, problems) = await ExtractAsync("requirements.txt", new()
        {
            ["requirements.txt"] = "# pinned with hashes\ncertifi==2024.2.2 \\\n    --hash=sha256:0569859f95fc761b18b45ef421b1290a0f65f147e92a1e5eb3e635f9a5e4e66f \\\n    --hash=sha256:dc383c07b76109f368f6106eee2b593b04a011ea4d55f652c6ca24a754d1cdd1\nidna==3.6 --hash=sha256:c05567e9c24a6b9faaa835c4821bad0590fbb9d5779e7caa6e1cc4978e7eb24f\n",
        });

        Assert.Equal(["certifi 2024.2.2 direct prod requirements.txt:2 -", "idna 3.6 direct prod requirements.txt:5 -"], packages);
        Assert.Empty(problems);
    }

    [Fact]
    public async Task Extras_markers_and_ranges_are_understood()
    {
        var (packages, problems) = await ExtractAsync("requirements.txt", new()
        {
            ["requirements.txt"] = "requests[socks,security]==2.31.0\ntomli >= 2.0.1 ; python_version < \"3.11\"\nDjango (>=4.2, <5)\nrich==13.*\nweird===1.0-custom\n",
        });

        Assert.Equal(
        [
            "requests 2.31.0 direct prod requirements.txt:1 -",
            "tomli >=2.0.1 direct prod requirements.txt:2 -",
            "Django >=4.2,<5 direct prod requirements.txt:3 -",
            "rich ==13.* direct prod requirements.txt:4 -",
            "weird 1.0-custom direct prod requirements.txt:5 -",
        ], packages);
        Assert.Empty(problems);
    }

    [Fact]
    public async Task Comments_are_removed_but_a_hash_inside_a_url_fragment_is_not_a_comment()
    {
        var (packages, problems) = await ExtractAsync("requirements.txt", new()
        {
            ["requirements.txt"] = "   # indented comment\nflask==3.0.3  # web\n\n-e git+https://example.com/lib.git#egg=lib\n",
        });

        Assert.Equal(["flask 3.0.3 direct prod requirements.txt:2 -"], packages);
        Assert.Equal(["requirements.txt:4: editable install, not a registry package: -e git+https://example.com/lib.git#egg=lib"], problems);
    }

    [Fact]
    public async Task Includes_resolve_relative_to_the_including_file_and_cycles_stop()
    {
        var (packages, problems) = await ExtractAsync("app/requirements.txt", new()
        {
            ["app/requirements.txt"] = "-r ../shared/requirements-base.txt\n--requirement=local.txt\nflask==3.0.3\n",
            ["app/local.txt"] = "-rrequirements.txt\nclick==8.1.7\n",
            ["shared/requirements-base.txt"] = "-r ../app/requirements.txt\nidna==3.6\n",
        });

        Assert.Equal(
        [
            "click 8.1.7 direct prod app/local.txt:2 -",
            "flask 3.0.3 direct prod app/requirements.txt:3 -",
            "idna 3.6 direct prod shared/requirements-base.txt:2 -",
        ], packages);
        Assert.Empty(problems);
    }

    [Fact]
    public async Task A_missing_or_outside_include_is_a_problem()
    {
        var (packages, problems) = await ExtractAsync("requirements.txt", new()
        {
            ["requirements.txt"] = "-r missing.txt\n-r https://example.com/reqs.txt\n-c /etc/constraints.txt\nidna==3.6\n",
        });

        Assert.Equal(["idna 3.6 direct prod requirements.txt:4 -"], packages);
        Assert.Equal(
        [
            "requirements.txt:1: include missing.txt not found (missing.txt)",
            "requirements.txt:2: include https://example.com/reqs.txt is outside the scanned tree",
            "requirements.txt:3: include /etc/constraints.txt is outside the scanned tree",
        ], problems);
    }

    [Fact]
    public async Task Constraint_pins_resolve_unpinned_requirements_without_adding_packages()
    {
        var (packages, _) = await ExtractAsync("requirements.txt", new()
        {
            ["requirements.txt"] = "-c constraints.txt\nSQLAlchemy~=2.0\n",
            ["constraints.txt"] = "sqlalchemy==2.0.29\nurllib3==2.2.1\n",
        });

        Assert.Equal(["SQLAlchemy 2.0.29 direct prod requirements.txt:2 -"], packages);
    }

    [Fact]
    public async Task Dev_and_test_files_hold_development_packages()
    {
        var (packages, _) = await ExtractAsync("requirements-dev.txt", new()
        {
            ["requirements-dev.txt"] = "-r requirements.txt\npytest==8.2.2\n",
            ["requirements.txt"] = "flask==3.0.3\n",
        });

        Assert.Contains("pytest 8.2.2 direct dev requirements-dev.txt:2 -", packages);
        Assert.Contains("flask 3.0.3 direct prod requirements.txt:1 -", packages);
    }

    [Theory]
    [InlineData("requests>=")]
    [InlineData("not a requirement at all")]
    [InlineData("./local/package")]
    [InlineData("pkg @ https://example.com/pkg-1.0.tar.gz")]
    [InlineData("[extras-only]")]
    public async Task Malformed_or_non_registry_lines_are_problems_not_exceptions(string line)
    {
        var (packages, problems) = await ExtractAsync("requirements.txt", new() { ["requirements.txt"] = line + "\nidna==3.6\n" });

        Assert.Equal(["idna 3.6 direct prod requirements.txt:2 -"], packages);
        Assert.Single(problems);
        Assert.StartsWith("requirements.txt:1: ", problems[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Foo.Bar_baz", "foo-bar-baz")]
    [InlineData("PyYAML", "pyyaml")]
    [InlineData("zope..interface", "zope-interface")]
    public void Names_normalise_per_pep_503(string name, string normalised)
    {
        Assert.Equal(normalised, PythonNames.Normalize(name));
        Assert.True(PythonNames.Comparer.Equals(name, normalised));
    }
}
