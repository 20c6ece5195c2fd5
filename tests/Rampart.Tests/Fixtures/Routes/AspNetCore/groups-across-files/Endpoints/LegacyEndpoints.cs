namespace Orders.Api.Endpoints;

// Nothing in this project calls MapLegacy: its caller (and prefix) is unknown.
public static class LegacyEndpoints
{
    public static void MapLegacy(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/v1/orders/sync", () => Results.Accepted());
    }
}
