using Rampart.Pipeline.Hygiene;

namespace Rampart.Tests.Pipeline;

/// <summary>The hygiene checks' data (test commands, .dockerignore rules), each with true and false samples.</summary>
public sealed class HygieneVocabularyTests
{
    private static readonly IReadOnlySet<string> NoScripts = new HashSet<string>();

    [Theory]
    [InlineData("dotnet test --no-restore")]
    [InlineData("npm test")]
    [InlineData("npm run test:unit -- --coverage")]
    [InlineData("pnpm --filter api test")]
    [InlineData("yarn test")]
    [InlineData("npx vitest run")]
    [InlineData("node --test")]
    [InlineData("node --experimental-test-coverage --test test/")]
    [InlineData("pip install -r requirements.txt && pytest -q")]
    [InlineData("python -m pytest")]
    [InlineData("uv run pytest")]
    [InlineData("go test ./...")]
    [InlineData("cargo test --locked")]
    [InlineData("./mvnw -B verify")]
    [InlineData("./gradlew build")]
    [InlineData("bundle exec rspec")]
    [InlineData("make test")]
    public void Test_commands(string command) => Assert.True(TestCommands.RunsTests(command, NoScripts));

    [Theory]
    [InlineData("npm ci")]
    [InlineData("npm run build")]
    [InlineData("npm install --save-dev @testing-library/react")]
    [InlineData("pip install pytest")]
    [InlineData("dotnet build -c Release")]
    [InlineData("mvn -DskipTests package")]
    [InlineData("./gradlew build -x test")]
    [InlineData("docker build -t app .")]
    [InlineData("node --check index.js")]
    [InlineData("echo \"Error: no test specified\" && exit 1")]
    public void Not_test_commands(string command) => Assert.False(TestCommands.RunsTests(command, NoScripts));

    [Theory]
    [InlineData("npm run ci", true)]
    [InlineData("yarn ci", true)]
    [InlineData("npm ci", false)]
    public void A_package_script_that_runs_tests_counts(string command, bool runsTests) =>
        Assert.Equal(runsTests, TestCommands.RunsTests(command, new HashSet<string> { "ci" }));

    [Theory]
    [InlineData(".env\n.git\n", ".env", true)]
    [InlineData(".env*\n.git/\n", ".env", true)]
    [InlineData("**/.env\n", ".env", true)]
    [InlineData("*\n!src\n", ".git", true)]
    [InlineData(".*\n", ".git", true)]
    [InlineData("/.git\n", ".git", true)]
    [InlineData("node_modules\n", ".env", false)]
    [InlineData(".env.local\n", ".env", false)]
    [InlineData("*\n!.env\n", ".env", false)]
    [InlineData("# .env\n", ".env", false)]
    public void Dockerignore_rules(string dockerignore, string path, bool excluded) =>
        Assert.Equal(excluded, DockerignorePatterns.Parse(dockerignore).Excludes(path));
}
