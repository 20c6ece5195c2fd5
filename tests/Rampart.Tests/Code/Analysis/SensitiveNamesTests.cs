using Rampart.Code.Analysis;

namespace Rampart.Tests.Code.Analysis;

public sealed class SensitiveNamesTests
{
    [Theory]
    [InlineData("password")]
    [InlineData("new_password")]
    [InlineData("hashed_password")]
    [InlineData("password_hash")]
    [InlineData("api_key")]
    [InlineData("apiKey")]
    [InlineData("X-API-Key")]
    [InlineData("OPENAI_API_KEY")]
    [InlineData("access_token")]
    [InlineData("refreshToken")]
    [InlineData("client_secret")]
    [InlineData("SECRET_KEY")]
    [InlineData("private_key")]
    [InlineData("Authorization")]
    [InlineData("card_number")]
    [InlineData("cvv")]
    [InlineData("ssn")]
    [InlineData("session_id")]
    public void Secret_holding_names_are_sensitive(string name) => Assert.True(SensitiveNames.IsSensitive(name), name);

    [Theory]
    [InlineData("token_count")]
    [InlineData("max_tokens")]
    [InlineData("maxTokens")]
    [InlineData("prompt_tokens")]
    [InlineData("promptTokens")]
    [InlineData("password_policy")]
    [InlineData("passwordPolicy")]
    [InlineData("has_password")]
    [InlineData("hasPassword")]
    [InlineData("password_length")]
    [InlineData("passwordLength")]
    [InlineData("token_type")]
    [InlineData("tokenType")]
    [InlineData("is_token_valid")]
    [InlineData("isTokenValid")]
    [InlineData("public_key")]
    [InlineData("key")]
    [InlineData("secret_name")]
    [InlineData("token_url")]
    [InlineData("username")]
    public void Names_that_describe_a_secret_are_not_sensitive(string name) => Assert.False(SensitiveNames.IsSensitive(name), name);
}
