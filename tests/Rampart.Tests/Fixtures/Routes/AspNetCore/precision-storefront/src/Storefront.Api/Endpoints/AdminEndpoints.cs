namespace Storefront.Api.Endpoints;

public static class AdminEndpoints
{
    public static RouteGroupBuilder MapAdminEndpoints(this RouteGroupBuilder group)
    {
        group.MapGet("/users", (StoreDb db) => db.Users.ToList());
        group.MapPost("/users/{id}/disable", (string id, StoreDb db) => Results.NoContent());
        group.MapGet("/exports/orders.csv", (ExportService exports) => exports.OrdersCsv());
        group.MapPost("/cache/flush", (CacheService cache) => cache.Flush());
        return group;
    }
}
