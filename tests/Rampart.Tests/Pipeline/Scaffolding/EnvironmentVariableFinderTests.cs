using Rampart.Pipeline.Scaffolding;
using Rampart.Tests.TestSupport;

namespace Rampart.Tests.Pipeline.Scaffolding;

public sealed class EnvironmentVariableFinderTests
{
    [Fact]
    public void Finds_the_variables_read_in_javascript_python_and_csharp()
    {
        using var tree = new TempTree()
            .Write("web/app.ts", "const a = process.env.API_URL;\nconst b = process.env['STRIPE_KEY'];\nconst c = import.meta.env.VITE_MAPS_KEY;\nif (process.env.NODE_ENV === 'production' && import.meta.env.DEV) {}\n")
            .Write("worker/main.py", "import os\nA = os.environ['QUEUE_URL']\nB = os.environ.get(\"REDIS_URL\", \"x\")\nC = os.getenv('SENTRY_DSN')\n")
            .Write("api/Program.cs", "var k = builder.Configuration[\"Jwt:Key\"];\nvar d = Environment.GetEnvironmentVariable(\"DB_PASSWORD\");\nvar s = _configuration[\"Smtp:Host\"];\n")
            .Write("notes.md", "process.env.NOT_CODE");

        var names = EnvironmentVariableFinder.Find(ProjectTree.Load(tree.Root));

        Assert.Equal(["API_URL", "DB_PASSWORD", "Jwt__Key", "QUEUE_URL", "REDIS_URL", "SENTRY_DSN", "STRIPE_KEY", "Smtp__Host", "VITE_MAPS_KEY"], names);
    }

    [Fact]
    public void Names_already_in_an_env_example_count_commented_or_exported()
    {
        var names = EnvironmentVariableFinder.NamesIn("# comment line\nPORT=3000\n# API_KEY=\nexport SECRET_KEY=changeme\n\nnot a variable\n");

        Assert.Equal(["API_KEY", "PORT", "SECRET_KEY"], names.Order(StringComparer.Ordinal));
    }
}
