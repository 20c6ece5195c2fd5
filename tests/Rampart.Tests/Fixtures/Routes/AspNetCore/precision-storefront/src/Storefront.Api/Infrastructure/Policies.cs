namespace Storefront.Api.Infrastructure;

public static class Policies
{
    public const string Staff = "staff";
    public const string Admin = "admin";
}
