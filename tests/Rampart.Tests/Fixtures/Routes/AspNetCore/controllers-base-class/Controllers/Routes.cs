namespace Shop.Api.Controllers;

public static class Routes
{
    public const string Reports = "api/reports";
}
