using Rampart.Core.Scanning;

namespace Rampart.Tests.Core;

public sealed class UrlCredentialsTests
{
    [Theory]
    [InlineData("requirements.txt:3: editable install: -e git+https://ci:ghp_Secret123@github.com/acme/lib.git", "requirements.txt:3: editable install: -e git+https://***@github.com/acme/lib.git")]
    [InlineData("fetch https://tok3n@registry.acme.io/x failed", "fetch https://***@registry.acme.io/x failed")]
    [InlineData("see https://github.com/acme/lib and mailto:a@b.c", "see https://github.com/acme/lib and mailto:a@b.c")]
    [InlineData("no url here", "no url here")]
    public void Credentials_in_urls_are_removed(string text, string expected) => Assert.Equal(expected, UrlCredentials.Redact(text));

    [Fact]
    public void Warnings_never_keep_a_url_credential()
    {
        var warnings = new ScanWarnings();

        warnings.Add(new ScanWarning("cannot read git+https://user:hunter2hunter2@example.net/repo.git"));

        Assert.DoesNotContain("hunter2", warnings.ToList()[0].Message);
    }
}
