namespace Shop.Api.Security;

// Checked by ApiKeyMiddleware for every action that carries it; named in .rampart.yml.
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class RequireApiKeyAttribute : Attribute;
