using Rampart.Core.Findings;
using Rampart.Pipeline;
using Rampart.Pipeline.Containers;
using Rampart.Pipeline.Containers.Compose;

namespace Rampart.Tests.Pipeline.Containers;

/// <summary>The name and syntax rules the container audits share, each with true and false samples.</summary>
public sealed class ContainerVocabularyTests
{
    [Theory]
    [InlineData("DB_PASSWORD", true)]
    [InlineData("JWT_SECRET", true)]
    [InlineData("GITHUB_TOKEN", true)]
    [InlineData("STRIPE_KEY", true)]
    [InlineData("AWS_SECRET_ACCESS_KEY", true)]
    [InlineData("RABBITMQ_DEFAULT_PASS", true)]
    [InlineData("MYSQL_PWD", true)]
    [InlineData("POSTGRES_PASSWORD_FILE", false)]
    [InlineData("AWS_ACCESS_KEY_ID", false)]
    [InlineData("TOKEN_EXPIRY_MINUTES", false)]
    [InlineData("KEYCLOAK_URL", false)]
    [InlineData("STRIPE_PUBLISHABLE_KEY", false)]
    [InlineData("NEXT_PUBLIC_API_KEY", false)]
    [InlineData("PWD", false)]
    [InlineData("PASSPORT_STRATEGY", false)]
    public void Secret_names(string name, bool isSecret) => Assert.Equal(isSecret, SecretVariableNames.IsSecretName(name));

    [Theory]
    [InlineData("hunter2", true)]
    [InlineData("12345", true)]
    [InlineData("${DB_PASSWORD}", false)]
    [InlineData("$DB_PASSWORD", false)]
    [InlineData("/run/secrets/db", false)]
    [InlineData("true", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Literal_values(string? value, bool isLiteral) => Assert.Equal(isLiteral, SecretVariableNames.IsLiteral(value));

    [Theory]
    [InlineData("5432:5432", null, "5432", "5432", true)]
    [InlineData("5432", null, null, "5432", true)]
    [InlineData("0.0.0.0:5432:5432/tcp", "0.0.0.0", "5432", "5432", true)]
    [InlineData("127.0.0.1:5432:5432", "127.0.0.1", "5432", "5432", false)]
    [InlineData("[::1]:6379:6379", "::1", "6379", "6379", false)]
    [InlineData("::1:6379:6379", "::1", "6379", "6379", false)]
    [InlineData("15432-15433:5432-5433", null, "15432-15433", "5432-5433", true)]
    public void Port_short_syntax(string text, string? hostIp, string? published, string target, bool allInterfaces)
    {
        var port = ComposePort.FromShortSyntax(new ComposeEntry(text, new SourceLocation("compose.yaml", 1)));

        Assert.Equal((hostIp, published, target, allInterfaces), (port.HostIp, port.Published, port.Target, port.IsOnAllInterfaces));
        Assert.True(port.TargetIncludes(int.Parse(target.Split('-')[0])));
    }

    [Theory]
    [InlineData("Dockerfile", true)]
    [InlineData("api/Dockerfile.prod", true)]
    [InlineData("deploy/worker.Dockerfile", true)]
    [InlineData("Containerfile", true)]
    [InlineData("Dockerfile.dockerignore", false)]
    [InlineData("docs/Dockerfile.md", false)]
    [InlineData("Dockerfiles/readme.txt", false)]
    public void Dockerfile_names(string path, bool isDockerfile) => Assert.Equal(isDockerfile, ContainerFileNames.IsDockerfile(path));

    [Theory]
    [InlineData("docker-compose.yml", true)]
    [InlineData("compose.yaml", true)]
    [InlineData("deploy/docker-compose.prod.yml", true)]
    [InlineData("compose.override.yaml", true)]
    [InlineData("my-compose.yml", false)]
    [InlineData("docker-compose.json", false)]
    public void Compose_names(string path, bool isCompose) => Assert.Equal(isCompose, ContainerFileNames.IsComposeFile(path));
}
