using Rampart.Secrets.Checks;

namespace Rampart.Tests.Secrets;

public sealed class PublicVariableNamesTests
{
    [Theory]
    [InlineData("NEXT_PUBLIC_SUPABASE_SERVICE_ROLE_KEY=x", "NEXT_PUBLIC_SUPABASE_SERVICE_ROLE_KEY")]
    [InlineData("const k = import.meta.env.VITE_STRIPE_SECRET;", "VITE_STRIPE_SECRET")]
    [InlineData("const k = import.meta.env.PUBLIC_DB_PASSWORD;", "PUBLIC_DB_PASSWORD")]
    [InlineData("PUBLIC_ADMIN_SECRET=x", "PUBLIC_ADMIN_SECRET")]
    public void Finds_client_exposed_variables_named_as_secrets(string line, string name) =>
        Assert.Equal([name], PublicVariableNames.SecretNamed(line).Select(v => v.Name));

    [Theory]
    [InlineData("NEXT_PUBLIC_SUPABASE_URL=https://x.supabase.co")]
    [InlineData("const PUBLIC_SECRET_HANDSHAKE = 1; // a server constant, not an env variable")]
    [InlineData("SUPABASE_SERVICE_ROLE_KEY=x")]
    public void Ignores_public_names_and_server_variables(string line) => Assert.Empty(PublicVariableNames.SecretNamed(line));

    [Theory]
    [InlineData("const flw = new Flutterwave(PUBLIC_KEY, 'FLWSECK-x');", false)]
    [InlineData("OPENAI_KEY: process.env.NEXT_PUBLIC_OPENAI_KEY", true)]
    [InlineData("const key = env.PUBLIC_STRIPE_KEY", true)]
    public void Knows_which_lines_read_a_client_exposed_variable(string line, bool expected) =>
        Assert.Equal(expected, PublicVariableNames.MentionsPublicVariable(line));
}
